"""What is never a key point, whatever its words (small invented texts, made-up names)."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def test_an_interviewer_s_question_is_never_a_point():
    text = (
        "HOST: Minister, what help from Orsk has already reached the valley towns of Veloria?\n"
        "MINISTER: A team of 40 engineers from Orsk reached the valley towns of Veloria on "
        "Monday.\n"
        'The mayor asked: "Who will pay to rebuild the bridge over the Tarn river in Veloria?"\n'
    )
    src, sa = labelled(text, [("Orsk", "GPE"), ("Veloria", "GPE")])
    analysis = combine([src], [sa], top_n=3)
    texts = [p.text for p in analysis.key_points + analysis.background]
    assert texts and not any("?" in t for t in texts)
    assert any("40 engineers" in t for t in texts)
