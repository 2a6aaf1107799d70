"""The Word package housekeeping a professional reader notices, done after the body is written.

Normal mode (compatibility mode 15, not 14 as python-docx's template says), this application
and the note's own counts in ``docProps/app.xml``, a document id of its own, languages on
Cyrillic and Greek runs, ISO dates that never break at the hyphen, the comment styles Word
expects, and a table of contents field when the note has more than four headings.
"""

from __future__ import annotations

import math
import re
import secrets
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from briefing_app import __version__ as APP_VERSION
from briefing_app.model import Briefing

APP_NAME = "briefing-app"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
# About what fits on a page of this layout (Arial 10.5 pt, 2.2 cm margins): for the
# app.xml estimate only; Word recounts when it paginates.
_CHARS_PER_LINE, _LINES_PER_PAGE = 92, 50
TOC_MIN_HEADINGS = 5
_COMMENT_STYLES = (
    ("paragraph", "CommentText", "annotation text", '<w:rPr><w:sz w:val="20"/></w:rPr>'),
    ("character", "CommentReference", "annotation reference", '<w:rPr><w:sz w:val="16"/></w:rPr>'),
    ("paragraph", "CommentSubject", "annotation subject", "<w:rPr><w:b/></w:rPr>"),
)


def finish(document, briefing: Briefing) -> None:
    """Every housekeeping step, in an order that lets later steps see the final body."""
    _table_of_contents(document)
    _settings(document)
    _comment_styles(document)
    words, paragraphs, chars, pages = _body_text_counts(document)
    _languages_and_hyphens(document)
    _app_properties(document, words, paragraphs, chars, pages)


def _settings(document) -> None:
    settings = document.settings.element
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")  # Word 2013+: no "[Compatibility Mode]"
    for rsids in settings.findall(qn("w:rsids")):
        settings.remove(rsids)  # revision ids of the template's own editing sessions
    for doc_id in settings.iter(f"{{{_W14}}}docId"):
        # an id of this document's own (the template's is shared by every python-docx file);
        # Word requires it below 0x80000000
        doc_id.set(f"{{{_W14}}}val", f"{secrets.randbelow(0x7FFFFFFF) + 1:08X}")


def _comment_styles(document) -> None:
    styles = document.styles.element
    present = {s.get(qn("w:styleId")) for s in styles.findall(qn("w:style"))}
    for kind, style_id, name, rpr in _COMMENT_STYLES:
        if style_id in present:
            continue
        base = '<w:basedOn w:val="Normal"/>' if kind == "paragraph" else ""
        styles.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}">'
                f'<w:name w:val="{name}"/>{base}<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
                f"{rpr}</w:style>"
            )
        )


def _body_text_counts(document) -> tuple[int, int, int, int]:
    """Words, paragraphs, characters and an estimate of the pages, in one walk of the body
    (pages from line counts: paragraphs, and table rows as tall as their fullest cell)."""
    p_tag, tbl_tag, tr_tag, tc_tag, t_tag = (qn(f"w:{n}") for n in ("p", "tbl", "tr", "tc", "t"))

    def text_of(element) -> str:
        return "".join(t.text or "" for t in element.iter(t_tag))

    texts: list[str] = []
    lines = 0.0
    for child in document.element.body:
        if child.tag == p_tag:
            text = text_of(child)
            texts.append(text)
            lines += max(1, math.ceil(len(text) / _CHARS_PER_LINE)) + 0.5
        elif child.tag == tbl_tag:
            for tr in child.iter(tr_tag):
                cells = [text_of(c) for c in tr.iter(tc_tag)] or [""]
                texts += cells
                width = _CHARS_PER_LINE * 1.1 / len(cells)  # table text is smaller
                lines += max(1, math.ceil(max(map(len, cells)) / width)) + 0.4
    words = len(_WORD.findall("\n".join(texts)))  # as model.source.word_count counts them
    chars = sum(len(t) for t in texts)
    pages = max(1, math.ceil(lines / _LINES_PER_PAGE))
    return words, sum(1 for t in texts if t.strip()), chars, pages


def _app_properties(document, words: int, paragraphs: int, chars: int, pages: int) -> None:
    part = next(
        (p for p in document.part.package.iter_parts() if p.partname == "/docProps/app.xml"),
        None,
    )
    if part is None:
        return
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes">'
        f"<TotalTime>0</TotalTime><Pages>{pages}</Pages><Words>{words}</Words>"
        f"<Characters>{chars}</Characters><Application>{escape(APP_NAME)}</Application>"
        f"<DocSecurity>0</DocSecurity><Paragraphs>{paragraphs}</Paragraphs>"
        "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{chars}</CharactersWithSpaces><SharedDoc>false</SharedDoc>"
        f"<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{_app_version()}</AppVersion>"
        "</Properties>"
    )
    part._blob = xml.encode("utf-8")


def _app_version() -> str:
    """AppVersion must look like "XX.YYYY"."""
    parts = [int(p) for p in re.findall(r"\d+", APP_VERSION)[:2]] + [0, 0]
    return f"{parts[0]:02d}.{parts[1]:04d}"


def _languages_and_hyphens(document) -> None:
    """Cyrillic and Greek runs say their language (spell-check, hyphenation, fonts);
    ISO dates keep together (a non-breaking hyphen instead of "-")."""
    t_tag, r_tag, rpr_tag = qn("w:t"), qn("w:r"), qn("w:rPr")
    for part in _text_parts(document):
        for t in list(part.iter(t_tag)):
            text = t.text
            if not text:
                continue
            lang = "ru-RU" if _CYRILLIC.search(text) else "el-GR" if _GREEK.search(text) else ""
            r = t.getparent()
            if lang and r is not None and r.tag == r_tag:
                rpr = r.find(rpr_tag)
                if rpr is None:
                    rpr = OxmlElement("w:rPr")
                    r.insert(0, rpr)
                if rpr.find(qn("w:lang")) is None:
                    element = OxmlElement("w:lang")
                    element.set(qn("w:val"), lang)
                    rpr.append(element)
            if "-" in text and _ISO_DATE.search(text):
                _keep_dates_together(t)


def _text_parts(document):
    yield document.element.body
    section = document.sections[0]
    yield section.header._element
    yield section.footer._element


def _keep_dates_together(t) -> None:
    """Split ``w:t`` so each hyphen inside an ISO date is a ``w:noBreakHyphen``."""
    pieces: list[str | None] = []  # None stands for a non-breaking hyphen
    last = 0
    for match in _ISO_DATE.finditer(t.text):
        pieces.append(t.text[last : match.start()])
        for i, part in enumerate(match.group().split("-")):
            if i:
                pieces.append(None)
            pieces.append(part)
        last = match.end()
    pieces.append(t.text[last:])
    anchor = t
    t.text = pieces[0]
    t.set(qn("xml:space"), "preserve")  # "Title”. " before the date keeps its space in Word
    for piece in pieces[1:]:
        if piece is None:
            element = OxmlElement("w:noBreakHyphen")
        else:
            if not piece:
                continue
            element = OxmlElement("w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = piece
        anchor.addnext(element)
        anchor = element


def _table_of_contents(document) -> None:
    """A TOC field before the first heading when there are more than four; its shown result
    lists the headings, so the contents read right even before Word updates the field."""
    body = document.element.body
    headings = []
    ids = {}
    for style in document.styles.element.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None and re.fullmatch(r"heading [1-3]", name.get(qn("w:val")) or ""):
            ids[style.get(qn("w:styleId"))] = int(name.get(qn("w:val"))[-1])
    for p in body.findall(qn("w:p")):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is not None and style.get(qn("w:val")) in ids:
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            headings.append((p, ids[style.get(qn("w:val"))], text))
    if len(headings) < TOC_MIN_HEADINGS:
        return
    first = headings[0][0]
    title = _p("TOCHeading" if "TOCHeading" in ids else None, "Contents", bold=True)
    first.addprevious(title)
    entries = [(level, text) for _, level, text in headings]
    for i, (level, text) in enumerate(entries):
        p = _p(None, "")
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:after"), "0")  # a compact list, like Word's own contents
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(240 * (level - 1)))
        p.get_or_add_pPr().extend([spacing, ind])
        if i == 0:
            _fld(p, "begin")
            instr = OxmlElement("w:r")
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-3" \\h \\z \\u '
            instr.append(it)
            p.append(instr)
            _fld(p, "separate")
        _text(p, text)
        if i == len(entries) - 1:
            _fld(p, "end")
        first.addprevious(p)
    document.settings.element.append(_update_fields())


def _update_fields():
    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")  # Word offers to fill in the page numbers on opening
    return element


def _p(style_id: str | None, text: str, bold: bool = False):
    p = OxmlElement("w:p")
    if style_id:
        ppr = p.get_or_add_pPr()
        ppr.get_or_add_pStyle().set(qn("w:val"), style_id)
    if text:
        _text(p, text, bold)
    return p


def _text(p, text: str, bold: bool = False) -> None:
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    p.append(r)


def _fld(p, kind: str) -> None:
    r = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    r.append(char)
    p.append(r)
