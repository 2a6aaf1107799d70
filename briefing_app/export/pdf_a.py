"""PDF/A-2b for archiving: XMP metadata that repeats the document information, an sRGB output
intent, and printable annotations (every font is embedded anyway).

Not checked by a validator here: veraPDF is neither a Debian package nor on the package
index (the PyPI wrappers download its Java build at run time), so the structure is checked
by the tests instead (tests/test_export_housekeeping.py).
"""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape

SRGB = "sRGB IEC61966-2.1"


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile, made by Pillow's Little CMS (no file to ship or fetch)."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _xmp_date(ts) -> str:
    y, mo, d, h, mi, s = ts.YMDhms
    sign = "+" if ts.dhh >= 0 else "-"
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{sign}{abs(ts.dhh):02d}:{ts.dmm:02d}"


def xmp_packet(info, ts) -> bytes:
    """XMP that says PDF/A-2b and repeats the Info dictionary's values exactly."""
    date = _xmp_date(ts)
    creator = (
        f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>"
        if info.author
        else ""
    )
    xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(info.title)}</rdf:li></rdf:Alt></dc:title>
{creator}
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(info.subject)}</rdf:li></rdf:Alt>\
</dc:description>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate><xmp:ModifyDate>{date}</xmp:ModifyDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>{escape(info.producer)}</pdf:Producer><pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return xml.encode("utf-8")


def make_pdfa(canvas) -> None:
    """Add the output intent and the XMP metadata to the canvas's document (before saving)."""
    from reportlab.pdfbase import pdfdoc as P

    doc = canvas._doc
    if "OutputIntents" not in P.PDFCatalog.__NoDefault__:
        # (the same list names the catalog entries written as references)
        P.PDFCatalog.__NoDefault__.append("OutputIntents")
    profile = P.PDFStream(P.PDFDictionary({"N": 3}), srgb_profile())
    intent = P.PDFDictionary(
        {
            "Type": P.PDFName("OutputIntent"),
            "S": P.PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": P.PDFString(SRGB),
            "Info": P.PDFString(SRGB),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    doc.Catalog.OutputIntents = P.PDFArray([intent])
    doc.Catalog.Metadata = _PlainStream(
        P.PDFDictionary({"Type": P.PDFName("Metadata"), "Subtype": P.PDFName("XML")}),
        xmp_packet(doc.info, doc._timeStamp),
    )


def _plain_stream_class():
    from reportlab.pdfbase import pdfdoc as P

    class PlainStream(P.PDFStream):
        """A stream written as it is, without a Filter key (PDF/A's metadata rule: reportlab
        writes "/Filter []" for a stream without filters)."""

        def format(self, document):
            dictionary = P.PDFDictionary(self.dictionary.dict.copy())
            content = document.encrypt.encode(self.content)
            dictionary["Length"] = len(content)
            return P.format(dictionary, document) + b"\nstream\n" + content + b"\nendstream\n"

    return PlainStream


def _PlainStream(dictionary, content):
    return _plain_stream_class()(dictionary, content)
