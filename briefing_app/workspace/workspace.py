"""The Workspace: one briefing's sources, analysis, draft and annotations, and its use cases.

Both front ends drive the app through this class; the work behind a use case lives beside it
(``jobs``: pure jobs a worker runs, then a quick ``apply``; ``curation``, ``annotating``,
``project``, ``notes``)."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing_app import briefing as briefing_pkg
from briefing_app import store
from briefing_app.model import (
    Analysis,
    Annotation,
    Briefing,
    BriefingError,
    Evidence,
    LoadError,
    Source,
    Template,
)
from briefing_app.model.decisions import Decision
from briefing_app.model.text import naive_sentences
from briefing_app.workspace import annotating, curation, drafting, jobs, notes, project, removal

DEFAULT_TEMPLATE = "analyst_brief"


class Workspace:
    """Everything about one briefing being drafted (the annotation and project-file use cases
    are functions of ``annotating`` and ``project`` taking the workspace, bound here)."""

    add_annotation = annotating.add_annotation
    update_annotation = annotating.update_annotation
    set_annotations = annotating.set_annotations
    remove_annotation = annotating.remove_annotation
    quote_block = annotating.quote_block
    insert_quote = annotating.quote_into
    append_block = annotating.append_block
    save, save_job, recovery_job = project.save, project.save_job, project.recovery_job
    take_lock, release_lock = project.take_lock, project.release_lock
    open = classmethod(project.open_project)
    write_recovery = project.write_recovery
    recoveries = staticmethod(project.recoveries)
    open_recovery = classmethod(project.open_recovery)
    discard_recovery = staticmethod(project.discard_recovery)
    modified = property(project.modified, project.set_modified, doc=project.modified.__doc__)
    _touch = project.touch
    follow_analysis = drafting.follow_analysis

    def __init__(self, template_id: str | None = None, fields: dict[str, str] | None = None):
        self.sources: list[Source] = []
        self.originals: dict[str, bytes] = {}
        self.errors: list[LoadError] = []
        self.raw_analysis: Analysis | None = None  # as the model found it
        self.analysis: Analysis | None = None  # with the analyst's actor decisions applied
        self.analysed_ids: list[str] = []
        self.briefing: Briefing | None = None
        self.annotations: list[Annotation] = []
        # typed decisions; a stored dict that cannot be read stays as it was (saved back, said)
        self.actor_decisions: list[Decision | dict] = []
        self.decision_notes: list[str] = []  # decisions that no longer match, for Problems
        self.settings: dict = {}
        self.cache: dict[tuple[str, str], dict] = {}
        self.project_path: Path | None = None
        self.saved_stamp: str | None = None  # the project's saved_at when opened or saved
        self.lock_holder: store.LockInfo | None = None  # another instance that has it open
        self.read_only = False
        # every change counts one up: a job's result knows whether the workspace moved on
        self._generation = self._saved_generation = 0
        self.fields: dict[str, str] = dict(fields or {})
        self._templates, self.template_problems = briefing_pkg.load_templates()
        self.template: Template = briefing_pkg.get_template(
            template_id or DEFAULT_TEMPLATE, self._templates
        )

    # -- templates -------------------------------------------------------------------------
    def templates(self) -> list[Template]:
        """Built-in and user templates, in display order."""
        return list(self._templates)

    def set_template(self, template_id: str) -> Briefing | None:
        """Switch template; content moves by kind and nothing is lost."""
        self.template = briefing_pkg.get_template(template_id, self._templates)
        self.settings["template"] = self.template.id
        if self.briefing is not None:
            self.briefing = briefing_pkg.switch_template(self.briefing, self.template)
            if self.analysis is not None:
                # Fill the new template's own auto sections (e.g. a timeline it has and the
                # old one had not); moved and analyst blocks stay as they are.
                return self.refresh_autofill()
        self._touch()
        return self.briefing

    def template_moves(self, template_id: str) -> list[briefing_pkg.Move]:
        """Which sections' analyst content a switch to ``template_id`` would move, and where."""
        if self.briefing is None:
            return []
        template = briefing_pkg.get_template(template_id, self._templates)
        return briefing_pkg.switch_moves(self.briefing, template)

    def restore(self, briefing: Briefing | None, template_id: str) -> None:
        """Put back a briefing and its template as they were (undo of a switch or refresh)."""
        self.template = briefing_pkg.get_template(template_id, self._templates)
        self.settings["template"] = self.template.id
        self.briefing = briefing.copy() if briefing is not None else None
        self._touch()

    def accept_title_offer(self) -> None:
        """Take the title auto-fill offers; it is the analyst's title from now on."""
        if self.briefing is not None and self.briefing.title_offer:
            self.briefing = briefing_pkg.accept_title_offer(self.briefing)
            self.set_field("title", self.briefing.title)

    def decline_title_offer(self) -> None:
        """Keep the title; the same offer is not made again."""
        if self.briefing is not None and self.briefing.title_offer:
            self.briefing = briefing_pkg.decline_title_offer(self.briefing)
            self._touch()

    # -- sources ---------------------------------------------------------------------------
    def add_files(self, paths: Iterable[str | os.PathLike]) -> list[LoadError]:
        """Load files into the workspace (blocking); returns the errors of this batch."""
        result = jobs.load_files(paths)
        self.add_loaded(result)
        return result.errors

    def add_loaded(self, result: jobs.LoadResult) -> list[Source]:
        """Accept what a load job produced; duplicates (same bytes) are skipped."""
        known = {s.id for s in self.sources}
        added = []
        for src in result.sources:
            if src.id in known:
                continue
            known.add(src.id)
            if not src.accessed:  # a citation's "accessed": the day it joined the project
                src.accessed = _dt.date.today().isoformat()
            self.sources.append(src)
            added.append(src)
            if src.id in result.originals:
                self.originals[src.id] = result.originals[src.id]
        again = {str(s.path) for s in result.sources} | {str(e.path) for e in result.errors}
        self.errors = [e for e in self.errors if str(e.path) not in again]  # its latest only
        self.errors.extend(result.errors)
        if added:
            self._touch()
        return added

    def add_text(self, text: str, title: str = "") -> Source:
        """A pasted text becomes a source."""
        from briefing_app import ingest

        src = ingest.source_from_text(text, title=title)
        self.add_loaded(jobs.LoadResult([src], []))
        self.originals.setdefault(src.id, text.encode("utf-8"))
        return src

    def remove_source(self, source_id: str) -> removal.RemovedSource | None:
        """Drop a source (its annotations go with it); what went, for ``restore_source``."""
        removed = removal.remove(self, source_id)
        if removed is not None:
            self._touch()
        return removed

    def restore_source(self, removed: removal.RemovedSource) -> bool:
        """Put a removed source back where it was, with its annotations; False: it is there."""
        if done := removal.restore(self, removed):
            self._touch()
        return done

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    @property
    def needs_analysis(self) -> bool:
        """True when sources changed since the last analysis."""
        return [s.id for s in self.sources] != self.analysed_ids

    # -- analysis and auto-fill ------------------------------------------------------------
    def analysis_job(self, *, top_n: int = 5) -> Callable[..., jobs.AnalysisResult]:
        """A snapshot job for a worker: ``job(progress, cancelled) -> AnalysisResult``."""
        sources = list(self.sources)
        cache = dict(self.cache)
        # the same sources analysed with the same settings: combine would give the same
        same = self.raw_analysis is not None and self.settings.get("top_n", 5) == top_n
        previous = (list(self.analysed_ids), self.raw_analysis) if same else None

        def job(progress=None, cancelled=None, steps=None) -> jobs.AnalysisResult:
            return jobs.run_analysis(
                sources,
                cache,
                top_n=top_n,
                progress=progress,
                cancelled=cancelled,
                steps=steps,
                previous=previous,  # type: ignore[arg-type]
            )

        return job

    def analyze(self, *, top_n: int = 5, progress=None, cancelled=None, steps=None) -> Briefing:
        """Analyse and auto-fill (blocking); ``steps(done, total)`` after each piece of text."""
        return self.apply_analysis(self.analysis_job(top_n=top_n)(progress, cancelled, steps))

    def apply_analysis(self, result: jobs.AnalysisResult) -> Briefing:
        """Store an analysis and auto-fill (first time) or refresh the auto blocks."""
        self.cache.update(result.new_cache)
        if result.top_n != self.settings.get("top_n", 5):
            self.settings["top_n"] = result.top_n
        self.raw_analysis = result.analysis
        self.raw_analysis.errors = list(self.errors)
        drafting.follow_grades(self, self.raw_analysis)
        self.analysed_ids = list(result.source_ids)
        self._recurate()
        return self.refresh_autofill()

    def _recurate(self) -> None:
        if self.raw_analysis is not None:
            result = curation.curated(self.raw_analysis, self.actor_decisions, self.sources)
            self.analysis = result.analysis
            self.decision_notes = notes.decision_notes(result.stale, result.unreadable)

    # -- actor curation --------------------------------------------------------------------
    def curate(self, op: str | Decision, *args, **kwargs) -> Decision:
        """Record an actor decision and re-apply all of them; the briefing follows.

        ``op`` is a whole decision, or the name of one with its arguments: rename(actor_id,
        name), retype(actor_id, type_), merge(keep_id, other_id), split(actor_id, alias),
        hide(actor_id), unhide(actor_id) or add(source_id, start, end, name, type_). Decisions
        are re-applied after every re-analysis, so a merge once made stays made.
        """
        job = self.curation_job(op, *args, **kwargs)
        self.apply_curation(job())
        return self.actor_decisions[-1]

    def curation_job(
        self, op: str | Decision, *args, **kwargs
    ) -> Callable[[], jobs.CurationResult]:
        """``curate`` as a snapshot job for a worker; hand its result to ``apply_curation``."""
        if self.analysis is None or self.raw_analysis is None:
            raise BriefingError("Nothing analysed yet: add a source first")
        decision = curation.decision(op, self.analysis, *args, **kwargs)
        return self._curation_job([*self.actor_decisions, decision])

    def undo_curation_job(self) -> Callable[[], jobs.CurationResult] | None:
        """Taking back the last actor decision, as a job (None when there is none)."""
        if not self.actor_decisions or self.raw_analysis is None:
            return None
        return self._curation_job(self.actor_decisions[:-1])

    def _curation_job(self, decisions: list) -> Callable[[], jobs.CurationResult]:
        raw, sources, template = self.raw_analysis, list(self.sources), self.template
        previous = self.briefing.copy() if self.briefing is not None else None
        fields, generation, base = self._fields(), self._generation, list(self.actor_decisions)
        return lambda: jobs.curate(
            raw, decisions, sources, template, previous, fields, generation, base
        )

    def apply_curation(self, result: jobs.CurationResult) -> None:
        """Take a curation job's result; the briefing is refreshed again if it changed meanwhile."""
        same = result.base == self.actor_decisions
        if not same or result.raw is not self.raw_analysis:
            # another decision was taken (add this one to them) or another analysis came in
            # while this job ran: the decisions are applied here, to the analysis there is now
            added = result.decisions[len(result.base) :]
            self.actor_decisions = (
                [*self.actor_decisions, *added] if not same else list(result.decisions)
            )
            self._recurate()
            if self.briefing is not None:
                self.refresh_autofill()
            return
        self.actor_decisions = list(result.decisions)
        self.analysis = result.analysis
        self.decision_notes = notes.decision_notes(result.stale, result.unreadable)
        if result.briefing is not None and result.generation == self._generation:
            self.briefing = result.briefing
            self._touch()
        elif self.briefing is not None:
            self.refresh_autofill()
        else:
            self._touch()

    def undo_curation(self, order: dict[str, list[str]] | None = None) -> Decision | dict | None:
        """Take back the last actor decision; with ``order`` (``block_order`` before it was
        made), the briefing's rows it touched go back to their places (a hidden actor shown
        again returns above a row the analyst edited, not below it)."""
        if not self.actor_decisions:
            return None
        decision = self.actor_decisions[-1]
        job = self.undo_curation_job()
        if job is None:
            self.actor_decisions.pop()
            self._recurate()
        else:
            self.apply_curation(job())
        if order and briefing_pkg.restore_order(self.briefing, order):
            self._touch()
        return decision

    def actor_edges(self) -> list[curation.Edge]:
        """Actors linked by co-occurrence in the same sentences (for the Actors map)."""
        if self.analysis is None:
            return []
        sentences = {s.id: self._model_sentences(s.id) for s in self.sources}
        return curation.edges(self.analysis, self.sources, sentences)

    def _model_sentences(self, source_id: str) -> list[tuple[int, int]]:
        """The sentences the model split a source into (cached with its analysis), or []."""
        from briefing_app.analysis import model_key

        cached = self.cache.get((source_id, model_key()), {}).get("sentences") or []
        return [(int(a), int(b)) for a, b in cached]

    def refresh_autofill(self) -> Briefing:
        """Re-run auto-fill: auto blocks update, the analyst's blocks never change."""
        if self.analysis is None:
            raise BriefingError("Nothing analysed yet: add a source first")
        self.briefing = briefing_pkg.autofill(
            self.analysis, self.template, previous=self.briefing, fields=self._fields()
        )
        self._touch()
        return self.briefing

    def _fields(self) -> dict[str, str]:
        fields = dict(self.fields)
        fields.setdefault("date", _dt.date.today().isoformat())
        return fields

    def empty_briefing(self) -> Briefing:
        """The template's empty sections, so the analyst can write before any analysis."""
        return drafting.empty_briefing(self.template, self.fields)

    def update_briefing(self, briefing: Briefing) -> None:
        """The analyst edited the briefing."""
        # a summary written or rewritten now is based on the sources there are now
        briefing_pkg.note_sources(
            briefing, briefing_pkg.current_sources(briefing), previous=self.briefing
        )
        self.briefing = briefing
        self._touch()

    def set_field(self, name: str, value: str) -> None:
        """Set title, classification, date or author (kept across refreshes)."""
        self.fields[name] = value
        if self.briefing is not None and hasattr(self.briefing, name):
            setattr(self.briefing, name, value)
        self._touch()

    def warnings(self) -> list[str]:
        """What the analyst should know but that stopped nothing, one line each (Problems
        panel): user templates skipped, pages a source lost, non-English sources, decisions
        that no longer match."""
        from briefing_app import analysis, ingest

        lists = [*ingest.list_problems(), *analysis.list_problems()]  # bad user-list entries
        return [
            *self.template_problems,  # user templates skipped: "template X skipped: why"
            *notes.source_notes(self.sources),
            *self.decision_notes,
            *lists,
        ]

    def evidence_text(self, ev: Evidence) -> str:
        """The exact passage an evidence span points at."""
        src = self.source(ev.source)
        return src.text[ev.start : ev.end] if src else ""

    def evidence_sentence(self, ev: Evidence) -> str:
        """The sentence(s) an evidence span stands in, as the model split them, for tooltips."""
        src = self.source(ev.source)
        if src is None:
            return ""
        spans = self._model_sentences(src.id) or naive_sentences(src.text)
        inside = [(a, b) for a, b in spans if a < ev.end and b > ev.start]
        if not inside:
            return src.text[ev.start : ev.end].strip()
        return src.text[inside[0][0] : inside[-1][1]].strip()

    # -- export ----------------------------------------------------------------------------
    def export_job(
        self,
        path: str | os.PathLike,
        page_size: str | None = None,
        *,
        comments: bool = True,
        appendix: bool = False,
    ):
        """A snapshot job for a worker: ``job() -> Path``.

        ``comments`` puts the analyst's annotation comments in a DOCX as Word comments where
        the briefing quotes the passage; ``appendix`` adds "Annotated excerpts" by tag.
        """
        if self.briefing is None:
            raise BriefingError("Nothing to export yet: add a source and let it be analysed")
        snapshot = self.briefing.copy()
        page = page_size or self.settings.get("page_size", "A4")
        options = curation.export_options(snapshot, self.annotations, page, comments, appendix)
        options.pdfa = bool(self.settings.get("pdfa"))  # PDF/A-2b, when asked for
        return lambda: jobs.export_briefing(snapshot, path, options)

    def export(
        self,
        path: str | os.PathLike,
        *,
        page_size: str | None = None,
        comments: bool = True,
        appendix: bool = False,
    ) -> Path:
        """Export the briefing (blocking), atomically."""
        return self.export_job(path, page_size, comments=comments, appendix=appendix)()
