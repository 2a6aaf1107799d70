"""The Workspace: one briefing's sources, analysis, draft and annotations, and its use cases.

Both front ends (the Qt window and the command line) drive the app through this class.
Long steps are split into a pure job (see ``jobs``) and a quick ``apply`` so the window
can run the job on a worker thread.
"""

from __future__ import annotations

import copy
import datetime as _dt
import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing_app import briefing as briefing_pkg
from briefing_app import store
from briefing_app.model import (
    Analysis,
    Annotation,
    Block,
    Briefing,
    BriefingError,
    Evidence,
    LoadError,
    Section,
    Source,
    Template,
)
from briefing_app.workspace import curation, jobs

DEFAULT_TEMPLATE = "analyst_brief"


class Workspace:
    """Everything about one briefing being drafted."""

    def __init__(self, template_id: str | None = None, fields: dict[str, str] | None = None):
        self.sources: list[Source] = []
        self.originals: dict[str, bytes] = {}
        self.errors: list[LoadError] = []
        self.raw_analysis: Analysis | None = None  # as the model found it
        self.analysis: Analysis | None = None  # with the analyst's actor decisions applied
        self.analysed_ids: list[str] = []
        self.briefing: Briefing | None = None
        self.annotations: list[Annotation] = []
        self.actor_decisions: list[dict] = []
        self.settings: dict = {}
        self.cache: dict[tuple[str, str], dict] = {}
        self.project_path: Path | None = None
        self.saved_stamp: str | None = None  # the project's saved_at when opened or saved
        self.lock_holder: store.LockInfo | None = None  # another instance that has it open
        self.read_only = False
        self.modified = False
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
            self.sources.append(src)
            added.append(src)
            if src.id in result.originals:
                self.originals[src.id] = result.originals[src.id]
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

    def remove_source(self, source_id: str) -> None:
        """Drop a source (its annotations go with it)."""
        self.sources = [s for s in self.sources if s.id != source_id]
        self.annotations = [a for a in self.annotations if a.source != source_id]
        self.originals.pop(source_id, None)
        self._touch()

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

        def job(progress=None, cancelled=None, steps=None) -> jobs.AnalysisResult:
            return jobs.run_analysis(
                sources, cache, top_n=top_n, progress=progress, cancelled=cancelled, steps=steps
            )

        return job

    def analyze(self, *, top_n: int = 5, progress=None, cancelled=None, steps=None) -> Briefing:
        """Analyse and auto-fill (blocking); ``steps(done, total)`` after each piece of text."""
        return self.apply_analysis(self.analysis_job(top_n=top_n)(progress, cancelled, steps))

    def apply_analysis(self, result: jobs.AnalysisResult) -> Briefing:
        """Store an analysis and auto-fill (first time) or refresh the auto blocks."""
        self.cache.update(result.new_cache)
        self.raw_analysis = result.analysis
        self.raw_analysis.errors = list(self.errors)
        self.analysed_ids = list(result.source_ids)
        self._recurate()
        return self.refresh_autofill()

    def _recurate(self) -> None:
        if self.raw_analysis is not None:
            self.analysis = curation.curated(self.raw_analysis, self.actor_decisions, self.sources)

    # -- actor curation --------------------------------------------------------------------
    def curate(self, op: str, *args, **kwargs) -> dict:
        """Record an actor decision and re-apply all of them; the briefing follows.

        ``op`` is rename(actor_id, name), retype(actor_id, type_), merge(keep_id, other_id),
        split(actor_id, alias), hide(actor_id), unhide(actor_id) or
        add(source_id, start, end, name, type_). Decisions are re-applied after every
        re-analysis, so a merge once made stays made.
        """
        if self.analysis is None:
            raise BriefingError("Nothing analysed yet: add a source first")
        decision = curation.decision(op, self.analysis, *args, **kwargs)
        self.actor_decisions.append(decision)
        self._recurate()
        self.refresh_autofill()
        return decision

    def undo_curation(self) -> dict | None:
        """Take back the last actor decision."""
        if not self.actor_decisions:
            return None
        decision = self.actor_decisions.pop()
        self._recurate()
        if self.analysis is not None:
            self.refresh_autofill()
        return decision

    def actor_edges(self) -> list[curation.Edge]:
        """Actors linked by co-occurrence in the same sentences (for the Actors map)."""
        if self.analysis is None:
            return []
        from briefing_app.analysis import model_key

        key = model_key()
        sentences = {
            s.id: [tuple(x) for x in self.cache.get((s.id, key), {}).get("sentences", [])]
            for s in self.sources
        }
        return curation.edges(self.analysis, self.sources, sentences)

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
        template = self.template
        return Briefing(
            title=self.fields.get("title", ""),
            classification=self.fields.get(
                "classification", template.defaults.get("classification", "")
            ),
            date=self.fields.get("date", ""),
            author=self.fields.get("author", ""),
            template=template.id,
            sections=[Section.from_template(s) for s in template.sections],
        )

    def update_briefing(self, briefing: Briefing) -> None:
        """The analyst edited the briefing."""
        self.briefing = briefing
        self._touch()

    def set_field(self, name: str, value: str) -> None:
        """Set title, classification, date or author (kept across refreshes)."""
        self.fields[name] = value
        if self.briefing is not None and hasattr(self.briefing, name):
            setattr(self.briefing, name, value)
        self._touch()

    def evidence_text(self, ev: Evidence) -> str:
        """The exact passage an evidence span points at."""
        src = self.source(ev.source)
        return src.text[ev.start : ev.end] if src else ""

    def evidence_sentence(self, ev: Evidence) -> str:
        """The sentence(s) an evidence span stands in, as the model split them, for tooltips."""
        src = self.source(ev.source)
        if src is None:
            return ""
        from briefing_app.analysis import model_key

        cached = self.cache.get((src.id, model_key()), {}).get("sentences")
        spans = [(int(a), int(b)) for a, b in cached] if cached else _plain_sentences(src.text)
        inside = [(a, b) for a, b in spans if a < ev.end and b > ev.start]
        if not inside:
            return src.text[ev.start : ev.end].strip()
        return src.text[inside[0][0] : inside[-1][1]].strip()

    # -- annotations -----------------------------------------------------------------------
    def add_annotation(
        self,
        source_id: str,
        start: int,
        end: int,
        *,
        colour: str = "yellow",
        comment: str = "",
        tags: Iterable[str] = (),
    ) -> Annotation:
        """Annotate a span of a source (the source text never changes)."""
        src = self.source(source_id)
        if src is None or not 0 <= start < end <= len(src.text):
            raise BriefingError(f"Cannot annotate {source_id}:{start}-{end}: no such passage")
        ann = Annotation(
            id=uuid.uuid4().hex[:12],
            source=source_id,
            start=start,
            end=end,
            quote=src.text[start:end],
            colour=colour,
            comment=comment,
            tags=sorted({t.strip() for t in tags if t.strip()}),
            created=_dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        )
        self.annotations.append(ann)
        self._touch()
        return ann

    def update_annotation(self, ann: Annotation) -> None:
        self.annotations = [ann if a.id == ann.id else a for a in self.annotations]
        self._touch()

    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        """Replace every annotation at once (undo and redo of annotation edits)."""
        self.annotations = list(annotations)
        self._touch()

    def remove_annotation(self, annotation_id: str) -> Annotation | None:
        found = next((a for a in self.annotations if a.id == annotation_id), None)
        self.annotations = [a for a in self.annotations if a.id != annotation_id]
        if found:
            self._touch()
        return found

    def quote_block(self, source_id: str, start: int, end: int) -> Block:
        """A quote of a source passage with its citation and evidence (not yet inserted)."""
        src = self.source(source_id)
        if src is None or not 0 <= start < end <= len(src.text):
            raise BriefingError(f"Cannot quote {source_id}:{start}-{end}: no such passage")
        return curation.quote_block(src, start, end)

    def insert_quote(
        self, section_id: str, source_id: str, start: int, end: int, index: int | None = None
    ) -> Block:
        """Quote in Briefing: insert a source passage into a section as a cited quote."""
        if self.briefing is None:
            raise BriefingError("No briefing yet: add a source first")
        section = self.briefing.section(section_id)
        if section is None:
            raise BriefingError(f"No section {section_id!r} in this briefing")
        block = self.quote_block(source_id, start, end)
        if self.briefing.citation_number(source_id) is None and self.analysis is not None:
            cite = self.analysis.citation_for(source_id)
            if cite is not None:
                self.briefing.citations.append(cite)
        section.blocks.insert(len(section.blocks) if index is None else index, block)
        self._touch()
        return block

    def append_block(self, section_id: str, block: Block) -> Block:
        """Add a block (a figure such as the Actors map) at the end of a section."""
        section = self.briefing.section(section_id) if self.briefing is not None else None
        if section is None:
            raise BriefingError(f"No section {section_id!r} to put that in")
        section.blocks.append(block)
        self._touch()
        return block

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
        from briefing_app.export import ExportOptions

        snapshot = copy.deepcopy(self.briefing)
        options = ExportOptions(page_size=page_size or self.settings.get("page_size", "A4"))
        if comments:
            options.comments = curation.word_comments(self.annotations, snapshot)
        if appendix:
            options.appendix = curation.appendix(self.annotations)
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

    # -- project file ----------------------------------------------------------------------
    def _state(self) -> store.ProjectState:
        settings = dict(self.settings)
        settings["template"] = self.template.id
        settings["fields"] = dict(self.fields)
        settings["analysed_ids"] = list(self.analysed_ids)
        if self.raw_analysis is not None:
            settings["analysis"] = self.raw_analysis.to_dict()
        return store.ProjectState(
            sources=list(self.sources),
            originals=dict(self.originals),
            briefing=briefing_pkg.briefing_to_dict(self.briefing) if self.briefing else None,
            annotations=list(self.annotations),
            actor_decisions=list(self.actor_decisions),
            settings=settings,
            analysis_cache=dict(self.cache),
        )

    def save(self, path: str | os.PathLike | None = None, *, force: bool = False) -> Path:
        """Save the project (a transaction: the old file stays whole if anything fails).

        Saving over the file this project was opened from refuses, rather than overwrite, a
        file another instance saved in the meantime (``force`` overwrites it all the same).
        """
        target = Path(path) if path is not None else self.project_path
        if target is None:
            raise BriefingError("No project file chosen: use Save As")
        if target.suffix != store.PROJECT_SUFFIX:
            target = target.with_name(target.name + store.PROJECT_SUFFIX)
        same = self.project_path is not None and target == self.project_path
        if same and self.read_only and not force:
            raise store.ProjectError(target, "opened read-only: use Save As to keep your changes")
        stamp = store.now_iso()
        expect = self.saved_stamp if same and not force else None
        store.save(target, self._state(), {"saved_at": stamp}, expect_saved_at=expect)
        if not same:
            self.release_lock()
            self.project_path, self.read_only = target, False
            self.take_lock()
        self.saved_stamp = stamp
        self.modified = False
        return target

    @classmethod
    def open(cls, path: str | os.PathLike, *, lock: bool = True) -> Workspace:
        """Open a project; the analysis comes from the file, nothing is re-analysed.

        With ``lock``, a lock file says this instance has it open, unless another live
        instance does: then ``lock_holder`` says who, and the caller asks the user whether to
        open it read-only (``read_only = True``) or anyway (``take_lock()``). The CLI only
        reads, and passes ``lock=False``.
        """
        ws = cls._from_file(path, store.load_project)
        ws.project_path = Path(path)
        ws.saved_stamp = store.saved_at(path)
        if lock:
            ws.lock_holder = store.other_instance(path)
            if ws.lock_holder is None:
                store.acquire_lock(path)
        return ws

    def take_lock(self) -> None:
        """Mark the project as open in this instance (after "open anyway")."""
        if self.project_path is not None:
            store.acquire_lock(self.project_path)
            self.lock_holder = None

    def release_lock(self) -> None:
        """Remove this instance's lock (on close, or when saving under another name)."""
        if self.project_path is not None:
            store.release_lock(self.project_path)

    @classmethod
    def _from_file(cls, path: str | os.PathLike, load) -> Workspace:
        """Read a project or recovery file; anything damaged inside is one ProjectError."""
        state = load(path)
        try:
            return cls._from_state(state)
        except store.ProjectError:
            raise
        except BriefingError as err:  # e.g. a briefing saved by a newer version
            raise store.ProjectError(path, str(err)) from err
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise store.ProjectError(path, f"damaged project file ({err!r})") from err

    @classmethod
    def _from_state(cls, state: store.ProjectState) -> Workspace:
        settings = dict(state.settings)
        try:
            ws = cls(template_id=settings.get("template"), fields=settings.get("fields"))
        except briefing_pkg.TemplateError as err:
            # the project's template is gone (a user template deleted): keep the briefing's
            # own sections, start new work from the default template, and say so
            ws = cls(fields=settings.get("fields"))
            ws.template_problems.append(str(err))
        ws.sources = list(state.sources)
        ws.originals = dict(state.originals)
        ws.annotations = list(state.annotations)
        ws.actor_decisions = list(state.actor_decisions)
        ws.cache = dict(state.analysis_cache)
        ws.analysed_ids = list(settings.pop("analysed_ids", []))
        stored = settings.pop("analysis", None)
        if stored is not None:
            ws.raw_analysis = Analysis.from_dict(stored)
            ws._recurate()
        settings.pop("fields", None)
        ws.settings = settings
        if state.briefing is not None:
            ws.briefing = briefing_pkg.briefing_from_dict(state.briefing)
        ws.modified = False
        return ws

    # -- recovery --------------------------------------------------------------------------
    def write_recovery(self, session_id: str) -> Path:
        """Write the autosave copy for this session."""
        return store.write_recovery(
            self._state(),
            project_path=str(self.project_path) if self.project_path else None,
            session_id=session_id,
        )

    @staticmethod
    def recoveries() -> list[store.Recovery]:
        return store.list_recoveries()

    @classmethod
    def open_recovery(cls, path: str | os.PathLike) -> Workspace:
        """Restore a recovery copy; it stays modified until saved."""
        ws = cls._from_file(path, store.load_recovery)
        rec = next((r for r in store.list_recoveries() if str(r.path) == str(path)), None)
        if rec and rec.project_path:
            ws.project_path = Path(rec.project_path)
        ws.modified = True
        return ws

    @staticmethod
    def discard_recovery(path: str | os.PathLike) -> None:
        store.discard_recovery(path)

    def _touch(self) -> None:
        self.modified = True


def _plain_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks, for sources not analysed yet."""
    import re

    return [m.span() for m in re.finditer(r"[^\n.!?]+(?:[.!?]+[\"'”’)]*|$)", text, re.M)]
