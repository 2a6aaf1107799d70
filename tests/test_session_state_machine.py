"""A working session in random orders: the analyst's work stays intact whatever the order.

A hypothesis state machine drives the Qt-free Workspace the way the window does (each undoable
operation is one step on an undo stack made of the same core calls the window's undo commands
make): add sources, annotate, comment, tag, delete an annotation, merge / rename / hide an actor,
edit the briefing, switch template, undo, redo, remove a source, save, reopen, export DOCX and
PDF, and a save that fails. After every step it checks what a user would check: each annotation
still covers the text it was made on, undo then redo gives back the same state, a save reopens
equal, an export holds the title and every key point and cites only listed sources, and a failed
save keeps the previous file and says why in one message.

Deterministic (``derandomize``); ``SESSION_EXAMPLES=200 SESSION_STEPS=60 SESSION_RANDOM=1
pytest ...`` runs it longer, with fresh seeds, to hunt.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from pypdf import PdfReader

from briefing_app import briefing as briefing_pkg
from briefing_app import store
from briefing_app.model import Briefing
from briefing_app.model.briefing import EDITED, PARAGRAPH, USER, Block, Run
from briefing_app.store import rows
from briefing_app.workspace import Workspace

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
CORPUS_FILES = [CORPUS / "kremlin_primorye_2017.txt", CORPUS / "unsg_beirut_2020.txt"]

# invented sources on one invented event, so actors recur across them
TEXTS = [
    (
        "Flooding in Veldmark",
        "Heavy rain flooded the river town of Veldmark on 3 March 2025. Mayor Anna Keller said "
        "that 400 people had left their homes. The Red Cross opened two shelters near the "
        "station. Keller asked the Ministry of Interior for pumps.",
    ),
    (
        "Veldmark aid arrives",
        "The Ministry of Interior sent 12 pumps to Veldmark on 5 March 2025, a spokesman, Jonas "
        "Brandt, said. Anna Keller thanked the ministry. The Red Cross said 150 people still "
        "slept in its shelters.",
    ),
    (
        "Dam inspection ordered",
        "Engineers from the Water Board will inspect the Ostwall dam above Veldmark next week. "
        "Minister Clara Voss said the inspection would report by 1 April 2025. Jonas Brandt "
        "said no failure had been found.",
    ),
]

# analyses are shared across examples: the same text gives the same id and the same result
_CACHE: dict = {}


def _state(ws: Workspace) -> dict:
    """What the analyst sees of a workspace, as comparable data."""
    return {
        "sources": [
            (s.id, s.text, s.title, s.outlet, s.url, s.author, s.published) for s in ws.sources
        ],
        "annotations": [a.to_dict() for a in ws.annotations],
        "decisions": [d if isinstance(d, dict) else d.to_dict() for d in ws.actor_decisions],
        "briefing": briefing_pkg.briefing_to_dict(ws.briefing) if ws.briefing else None,
        "template": ws.template.id,
        "fields": dict(ws.fields),
    }


def _key_point_texts(briefing: Briefing) -> list[str]:
    return [
        b.text.strip()
        for s in briefing.sections
        if s.fill == "key_points"
        for b in s.blocks
        if b.text.strip()
    ]


def _analyst_texts(briefing: Briefing | None) -> list[str]:
    """The analyst's own blocks (typed, or auto-filled then edited), in every template."""
    if briefing is None:
        return []
    sections = [*briefing.sections, *(s for secs in briefing.stash.values() for s in secs)]
    return [b.text for s in sections for b in s.blocks if b.origin in (USER, EDITED)]


def _norm(text: str) -> str:
    return " ".join(text.split())


class Session(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="session_sm_"))
        self.ws = Workspace()
        self.ws.cache.update(_CACHE)
        self.undo: list[tuple[str, object, object]] = []  # (name, undo(), redo())
        self.redo: list[tuple[str, object, object]] = []
        self.saved: Path | None = None
        self.exports = 0

    def teardown(self) -> None:
        self.ws.release_lock()
        for p in sorted(self.dir.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        self.dir.rmdir()

    # -- helpers ---------------------------------------------------------------------------
    def _analyse(self) -> None:
        """As the window does after the sources change: analyse them again."""
        if self.ws.sources and self.ws.needs_analysis:
            mine = _analyst_texts(self.ws.briefing)
            self.ws.analyze()
            _CACHE.update(self.ws.cache)
            kept = _analyst_texts(self.ws.briefing)
            assert all(t in kept for t in mine), "a refresh changed the analyst's own words"

    def _push(self, name: str, undo, redo) -> None:
        self.undo.append((name, undo, redo))
        self.redo.clear()

    def _set_annotations(self, after: list, name: str) -> None:
        before = list(self.ws.annotations)
        self.ws.set_annotations(after)
        self._push(
            name,
            lambda: self.ws.set_annotations(before),
            lambda: self.ws.set_annotations(after),
        )

    def _set_briefing(self, briefing: Briefing | None, template_id: str, title, analysis) -> None:
        # the window's TemplateSwitch: briefing, template and the analyst's title as they were
        self.ws.restore(briefing, template_id)
        if title is None:
            self.ws.fields.pop("title", None)
        elif briefing is not None:
            self.ws.set_field("title", title)
        self.ws.follow_analysis(analysis)

    # -- sources ---------------------------------------------------------------------------
    @rule(i=st.integers(0, len(TEXTS) + len(CORPUS_FILES) - 1))
    def add_source(self, i: int) -> None:
        if i < len(TEXTS):
            title, text = TEXTS[i]
            self.ws.add_text(text, title=title)
        else:
            assert self.ws.add_files([CORPUS_FILES[i - len(TEXTS)]]) == []
        self._analyse()

    @precondition(lambda self: self.ws.sources)
    @rule(data=st.data())
    def remove_source(self, data) -> None:
        src = data.draw(st.sampled_from(self.ws.sources))
        box: dict = {"restored": True}

        def redo():  # the window's _RemoveSource
            if box["restored"]:
                box["removed"] = self.ws.remove_source(src.id)
                self._analyse()

        def undo():
            box["restored"] = False
            if box.get("removed") is not None:
                box["restored"] = self.ws.restore_source(box["removed"])
                self._analyse()

        redo()
        self._push("remove source", undo, redo)

    # -- annotations -----------------------------------------------------------------------
    @precondition(lambda self: self.ws.sources)
    @rule(data=st.data())
    def annotate(self, data) -> None:
        src = data.draw(st.sampled_from(self.ws.sources))
        start = data.draw(st.integers(0, len(src.text) - 1))
        end = data.draw(st.integers(start + 1, min(len(src.text), start + 200)))
        before = list(self.ws.annotations)
        ann = self.ws.add_annotation(src.id, start, end, colour="green")
        after = list(self.ws.annotations)
        self.ws.set_annotations(before)
        self._set_annotations(after, "annotate")
        assert ann.quote == src.text[start:end]

    @precondition(lambda self: self.ws.annotations)
    @rule(data=st.data(), words=st.sampled_from(["check this", "ünïcode – “quoted”", ""]))
    def comment(self, data, words: str) -> None:
        ann = data.draw(st.sampled_from(self.ws.annotations))
        edited = type(ann).from_dict({**ann.to_dict(), "comment": words})
        after = [edited if a.id == ann.id else a for a in self.ws.annotations]
        self._set_annotations(after, "comment")

    @precondition(lambda self: self.ws.annotations)
    @rule(data=st.data(), tag=st.sampled_from(["flood", "aid", "to verify"]))
    def tag(self, data, tag: str) -> None:
        ann = data.draw(st.sampled_from(self.ws.annotations))
        tags = sorted({*ann.tags, tag})
        edited = type(ann).from_dict({**ann.to_dict(), "tags": tags})
        after = [edited if a.id == ann.id else a for a in self.ws.annotations]
        self._set_annotations(after, "tag")

    @precondition(lambda self: self.ws.annotations)
    @rule(data=st.data())
    def delete_annotation(self, data) -> None:
        ann = data.draw(st.sampled_from(self.ws.annotations))
        self._set_annotations([a for a in self.ws.annotations if a.id != ann.id], "delete")

    # -- actors ----------------------------------------------------------------------------
    def _curate(self, op: str, *args) -> None:
        self.ws.curate(op, *args)
        box: dict = {}

        def undo():  # the window's _CurateCommand
            box["decision"] = self.ws.undo_curation()

        self._push(op, undo, lambda: self.ws.curate(box["decision"]))

    @precondition(lambda self: self.ws.analysis and len(self.ws.analysis.actors) >= 2)
    @rule(data=st.data())
    def merge_actors(self, data) -> None:
        actors = self.ws.analysis.actors
        keep = data.draw(st.sampled_from(actors))
        other = data.draw(st.sampled_from([a for a in actors if a.id != keep.id]))
        self._curate("merge", keep.id, other.id)

    @precondition(lambda self: self.ws.analysis and self.ws.analysis.actors)
    @rule(data=st.data(), name=st.sampled_from(["Mayor Keller", "The Ministry", "Zoë Ånström"]))
    def rename_actor(self, data, name: str) -> None:
        actor = data.draw(st.sampled_from(self.ws.analysis.actors))
        self._curate("rename", actor.id, name)

    @precondition(lambda self: self.ws.analysis and self.ws.analysis.actors)
    @rule(data=st.data())
    def hide_actor(self, data) -> None:
        actor = data.draw(st.sampled_from(self.ws.analysis.actors))
        self._curate("hide", actor.id)

    @precondition(lambda self: self.ws.analysis and self.ws.analysis.actors)
    @rule(data=st.data(), type_=st.sampled_from(["person", "organization", "place"]))
    def retype_actor(self, data, type_: str) -> None:
        actor = data.draw(st.sampled_from(self.ws.analysis.actors))
        self._curate("retype", actor.id, type_)

    @precondition(lambda self: self.ws.analysis and any(a.hidden for a in self.ws.analysis.actors))
    @rule(data=st.data())
    def unhide_actor(self, data) -> None:
        actor = data.draw(st.sampled_from([a for a in self.ws.analysis.actors if a.hidden]))
        self._curate("unhide", actor.id)

    # -- the briefing ----------------------------------------------------------------------
    @precondition(lambda self: self.ws.briefing is not None)
    @rule(data=st.data(), words=st.sampled_from(["Pumps are short.", "Vérifier – “ça”.", "x"]))
    def edit_briefing(self, data, words: str) -> None:
        before = self.ws.briefing.copy()
        after = self.ws.briefing.copy()
        text_sections = [s for s in after.sections if s.kind != "table" and s.fill != "sources"]
        section = data.draw(st.sampled_from(text_sections))
        section.blocks.append(Block(kind=PARAGRAPH, runs=[Run(words)]))
        self.ws.update_briefing(after.copy())
        then = self.ws.analysis

        def put(briefing: Briefing) -> None:  # the window's BriefingChange
            self.ws.update_briefing(briefing.copy())
            self.ws.follow_analysis(then)

        self._push("edit", lambda: put(before), lambda: put(after))

    @precondition(lambda self: self.ws.briefing is not None and _key_point_texts(self.ws.briefing))
    @rule(data=st.data())
    def edit_key_point(self, data) -> None:
        before = self.ws.briefing.copy()
        after = self.ws.briefing.copy()
        blocks = [b for s in after.sections if s.fill == "key_points" for b in s.blocks]
        block = data.draw(st.sampled_from([b for b in blocks if b.text.strip()]))
        block.runs = [Run(block.text + " (confirmed)"), *(r for r in block.runs if r.cite)]
        block.origin = EDITED
        self.ws.update_briefing(after.copy())
        then = self.ws.analysis

        def put(briefing: Briefing) -> None:  # the window's BriefingChange
            self.ws.update_briefing(briefing.copy())
            self.ws.follow_analysis(then)

        self._push("edit key point", lambda: put(before), lambda: put(after))

    @rule(template=st.sampled_from(["analyst_brief", "government_note", "situation_report"]))
    def switch_template(self, template: str) -> None:
        if template == self.ws.template.id:
            return
        ws = self.ws
        before = (
            ws.briefing.copy() if ws.briefing else None,
            ws.template.id,
            ws.fields.get("title"),
        )
        ws.set_template(template)
        after = (
            ws.briefing.copy() if ws.briefing else None,
            ws.template.id,
            ws.fields.get("title"),
        )
        then = ws.analysis
        if before[0] is None:  # as the window: a switch before any briefing is no undo step
            return
        self._push(
            "template",
            lambda: self._set_briefing(*before, then),
            lambda: self._set_briefing(*after, then),
        )

    # -- undo / redo -----------------------------------------------------------------------
    @precondition(lambda self: self.undo)
    @rule()
    def undo_then_redo(self) -> None:
        name, undo, redo = self.undo[-1]
        state = _state(self.ws)
        undo()
        redo()
        assert _state(self.ws) == state, f"undo then redo of {name} changed the workspace"

    @precondition(lambda self: self.undo)
    @rule()
    def undo_step(self) -> None:
        step = self.undo.pop()
        step[1]()
        self.redo.append(step)

    @precondition(lambda self: self.redo)
    @rule()
    def redo_step(self) -> None:
        step = self.redo.pop()
        step[2]()
        self.undo.append(step)

    # -- files -----------------------------------------------------------------------------
    @rule()
    def save_and_reopen(self) -> None:
        path = self.dir / "work.briefing"
        state = _state(self.ws)
        self.ws.save(path)
        self.saved = path
        assert not self.ws.modified
        self.ws.release_lock()
        reopened = Workspace.open(path, lock=False)
        assert _state(reopened) == state, "the reopened project differs from the one saved"
        self.ws = reopened
        self.undo.clear()  # a reopened project starts a new undo history
        self.redo.clear()

    @precondition(lambda self: self.saved is not None)
    @rule()
    def failed_save(self) -> None:
        before = self.saved.read_bytes()
        real = rows.write_changes

        def write_then_fail(conn, tables):
            real(conn, tables)
            raise OSError(28, "No space left on device")

        rows.write_changes = write_then_fail
        try:
            with pytest.raises(store.ProjectError) as err:
                self.ws.save(self.saved)
        finally:
            rows.write_changes = real
        message = str(err.value)
        assert "\n" not in message and "Traceback" not in message
        assert self.saved.name in message, message
        assert self.saved.read_bytes() == before
        assert sorted(p.name for p in self.dir.iterdir() if p.suffix == ".briefing") == [
            self.saved.name
        ]

    @precondition(lambda self: self.ws.briefing is not None)
    @rule(fmt=st.sampled_from(["docx", "pdf"]))
    def export(self, fmt: str) -> None:
        self.exports += 1
        path = self.ws.export(self.dir / f"note{self.exports}.{fmt}")
        if fmt == "docx":
            text = "\n".join(p.text for p in Document(str(path)).paragraphs)
        else:
            text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
        flat = _norm(text)
        briefing = self.ws.briefing
        if briefing.title.strip():
            assert (
                _norm(briefing.title)[:40] in flat.replace("- ", "-")
                or _norm(briefing.title)[:40] in flat
            ), f"title missing from {fmt}"
        if fmt == "docx":
            for point in _key_point_texts(briefing):
                assert _norm(point) in flat, f"key point missing from docx: {point!r}"
        listed = len(briefing.citations)
        numbers = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
        assert numbers <= set(range(1, listed + 1)), (sorted(numbers), listed)
        path.unlink()

    # -- invariants ------------------------------------------------------------------------
    @invariant()
    def annotations_cover_their_text(self) -> None:
        for ann in self.ws.annotations:
            src = self.ws.source(ann.source)
            assert src is not None, f"annotation {ann.id} on a source no longer listed"
            assert src.text[ann.start : ann.end] == ann.quote

    @invariant()
    def briefing_cites_only_listed_sources(self) -> None:
        briefing = self.ws.briefing
        if briefing is None:
            return
        listed = {c.source for c in briefing.citations}
        for section in briefing.sections:
            for block in section.blocks:
                for cited in block.citations:
                    assert cited in listed, f"{section.id} cites {cited}, not in the sources list"


Session.TestCase.settings = settings(
    max_examples=int(os.environ.get("SESSION_EXAMPLES", "6")),
    stateful_step_count=int(os.environ.get("SESSION_STEPS", "25")),
    deadline=None,
    derandomize=not os.environ.get("SESSION_RANDOM"),  # set it to hunt with fresh seeds
    suppress_health_check=list(HealthCheck),
)
test_a_session_in_any_order_keeps_the_work = Session.TestCase
