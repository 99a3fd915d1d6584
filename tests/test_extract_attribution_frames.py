"""Attribution frames added for the open cue class: siblings, broad cue classes, adapters.

Sentences are written for these tests; each test names the phenomenon it checks.
"""

from __future__ import annotations

from test_extract_attribution import content_of, cue_of, run, source_of


def test_participle_sibling_ends_the_first_content() -> None:
    # ", insisting ..." shares the speaker and starts a new report: not inside the first one.
    text = "The mayor denied that the bridge was unsafe, insisting that engineers had checked it."
    denied, insisting = run(text)
    assert content_of(text, denied) == "that the bridge was unsafe"
    assert content_of(text, insisting) == "that engineers had checked it"
    assert insisting.parent is None
    assert source_of(text, insisting) == "The mayor"


def test_coordinated_sibling_ends_the_first_content() -> None:
    text = "Okafor announced that the port would reopen and promised to hire new pilots."
    announced, promised = run(text)
    assert cue_of(text, promised) == "promised"
    assert content_of(text, announced) == "that the port would reopen"
    assert promised.parent is None


def test_postposed_cue_encloses_the_earlier_report() -> None:
    # The later "officials said" reports the whole clause, the earlier cue included.
    text = "The council plans to close the library in June, officials said."
    plans, said = run(text)
    assert content_of(text, plans) == "to close the library in June"
    assert said.parent is None
    assert plans.parent == 1


def test_truly_nested_report_keeps_its_parent() -> None:
    text = "The Ledger reported that the minister said the mine would close."
    reported, said = run(text)
    assert said.parent == 0
    assert content_of(text, reported) == "that the minister said the mine would close"


def test_speech_act_verb_with_an_object_is_a_cue() -> None:
    # Communication verbs outside "say": the object is what was (dis)played down, voiced ...
    text = "The governor downplayed the risk of flooding."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("downplay", "The governor", "the risk of flooding")


def test_cognition_verb_with_a_bare_clause_is_a_cue() -> None:
    text = "Analysts suspect the bank will cut rates."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("suspect", "Analysts", "the bank will cut rates")


def test_intention_verb_takes_an_infinitive() -> None:
    text = "The union seeks to block the merger."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("seek", "The union", "to block the merger")


def test_stance_verb_after_an_auxiliary() -> None:
    text = "Okafor has embraced the plan to widen the road."
    [m] = run(text)
    assert (cue_of(text, m), m.cue, source_of(text, m)) == ("embraced", "embrace", "Okafor")


def test_verbs_of_effort_are_not_cues() -> None:
    # "attempt", "prepare", "invite" take the same frames and report nothing.
    assert run("The crew attempted to lift the wreck.") == []
    assert run("The club invited the mayor to the final.") == []


def test_determiner_alone_is_not_a_source() -> None:
    assert run("The newly detailed process starts in May.") == []


def test_broad_forms_map_back_to_their_lemma() -> None:
    from factcheck.extraction._attribution_lexicon import FORMS

    expected = {
        "sought": "seek",
        "rebutted": "rebut",
        "foreseen": "foresee",
        "deplored": "deplore",
        "implores": "implore",
        "envisioning": "envision",
        "characterised": "characterise",
        "whining": "whine",
    }
    assert {form: FORMS.get(form) for form in expected} == expected


def test_absolute_with_clause_is_a_stance_not_a_report() -> None:
    # "with X voicing/expressing ..." states a stance inside the sentence's own report.
    assert run("Talks went on, with two unions expressing doubts.") == []


def test_progressive_cue_with_a_possessive_source() -> None:
    text = "The governor's office is defending the new toll."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("defend", "The governor's office", "the new toll")


def test_telling_verb_with_object_and_infinitive() -> None:
    text = "The coach urged fans to stay home."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("urge", "The coach", "fans to stay home")


def test_prepositional_topic_after_an_adverb() -> None:
    text = "Okafor spoke warmly of the old harbour."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("speak", "Okafor", "of the old harbour")


def test_warned_against_takes_its_topic() -> None:
    text = "The minister warned against early elections."
    [m] = run(text)
    assert (m.cue, content_of(text, m)) == ("warn", "against early elections")


def test_embedded_question_after_a_verb_of_showing() -> None:
    text = "The survey shows how renters cope with rising costs."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == (
        "show",
        "The survey",
        "how renters cope with rising costs",
    )


def test_coordinated_call_for_takes_a_noun_phrase() -> None:
    text = "Ruiz has criticised the budget and has called for deeper cuts."
    criticised, called = run(text)
    assert (called.cue, source_of(text, called), content_of(text, called)) == ("call for", "Ruiz", "deeper cuts")
    assert content_of(text, criticised) == "the budget"


def test_the_latest_is_a_rubric_not_a_speaker() -> None:
    text = "The Latest: Ferry strike enters its third day"
    assert [m for m in run(text) if m.cue == ":"] == []


def test_dash_signature_drops_the_full_stop() -> None:
    text = "\u201cThe tram is late again.\u201d \u2015 Lena Voss."
    [m] = run(text)
    assert source_of(text, m) == "Lena Voss"
    text = "\u201cThe tram is late again.\u201d \u2015 Ann B."
    [m] = run(text)
    assert source_of(text, m) == "Ann B."


def test_prepositional_modifiers_stay_inside_the_source() -> None:
    text = "Elected officials from both parties say the bill is dead."
    [m] = run(text)
    assert source_of(text, m) == "Elected officials from both parties"
    text = "The Commission on Port Safety says the date holds."
    [m] = run(text)
    assert source_of(text, m) == "The Commission on Port Safety"


def test_adverbial_between_commas_is_not_part_of_the_source() -> None:
    text = "Okafor, speaking to dock workers, said the strike was over."
    [m] = run(text)
    assert source_of(text, m) == "Okafor"
    text = "Okafor, at a rally in Lagos, said the strike was over."
    [m] = run(text)
    assert source_of(text, m) == "Okafor"


def test_apposition_between_commas_stays_in_the_source() -> None:
    text = "Okafor, the union's treasurer, said the strike was over."
    [m] = run(text)
    assert source_of(text, m) == "Okafor, the union's treasurer,"


def test_talking_or_feeling_about_a_topic() -> None:
    text = "Okafor talked about the harbour strike."
    [m] = run(text)
    assert (cue_of(text, m), source_of(text, m), content_of(text, m)) == (
        "talked about",
        "Okafor",
        "the harbour strike",
    )
    text = "Farmers are worried about the drought."
    [m] = run(text)
    # "are worried" is an attitude of the subject, not a passive with an unnamed agent.
    assert (cue_of(text, m), source_of(text, m), content_of(text, m)) == ("worried", "Farmers", "about the drought")


def test_about_with_a_number_is_an_approximation() -> None:
    assert run("Okafor waited about ten minutes.") == []
    assert run("The crowd grew to about 300 people.") == []


def test_a_possessor_and_a_noun_before_about_is_not_a_cue() -> None:
    assert run("She answered Okafor's question about the harbour.") == []


def test_adjective_of_certainty_attributes_a_belief() -> None:
    text = "The mayor is confident that the bridge will open in May."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == (
        "confident",
        "The mayor",
        "that the bridge will open in May",
    )
    text = "Many voters remain deeply pessimistic about the plan."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("pessimistic", "Many voters", "about the plan")


def test_stance_adjectives_are_left_to_the_stance_finder() -> None:
    assert run("Some members are supportive of the plan.") == []
    assert run("Some members are critical of the plan.") == []


def test_impersonal_evidence_is_an_attribution_without_a_source() -> None:
    # "It is clear that ..." is the writer's evaluation: reported, but nobody is named.
    text = "It is clear that the bridge will open late."
    [m] = run(text)
    assert (m.cue, m.source_start, content_of(text, m)) == ("clear", None, "that the bridge will open late")
    text = "It was unclear whether the ferry would sail."
    [m] = run(text)
    assert (m.cue, m.source_start) == ("unclear", None)
    assert run("The result is far from certain.") == []
    assert run("The rules are clear about parking.") == []


def test_plural_subject_with_a_base_form_attitude_verb() -> None:
    text = "Fishermen fear that the quota will shrink."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("fear", "Fishermen", "that the quota will shrink")
    assert run("I hope that the quota holds.") == []


def test_that_clause_with_a_bare_plural_subject() -> None:
    text = "Okafor charges that shipowners ignore the rules."
    [m] = run(text)
    assert (source_of(text, m), content_of(text, m)) == ("Okafor", "that shipowners ignore the rules")


def test_seems_to_is_the_writers_impression() -> None:
    text = "The new ferry seems to run late every day."
    [m] = run(text)
    assert (m.cue, m.source_start, content_of(text, m)) == ("seem", None, "The new ferry seems to run late every day")
    assert run("I seem to recall the old ferry.") == []


def test_reporting_noun_with_a_that_clause() -> None:
    text = "Officials rejected his claim that the dam was unsafe."
    rejected, m = run(text)
    assert rejected.cue == "reject"
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("claim", "his", "that the dam was unsafe")
    assert m.parent == 0  # the claim is what the officials rejected
    text = "The plan stalled amid growing concerns that costs would rise."
    [m] = run(text)
    assert (m.cue, m.source_start, content_of(text, m)) == ("concern", None, "that costs would rise")


def test_reporting_noun_with_a_relative_clause_is_not_a_report() -> None:
    assert run("The claim that he made on Monday was false.") == []


def test_aspect_verb_before_the_cue() -> None:
    text = "The mayor continues to insist that the bridge is safe."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("insist", "The mayor", "that the bridge is safe")
    text = "Okafor went on to explain that the port had flooded."
    [m] = run(text)
    assert (m.cue, source_of(text, m)) == ("explain", "Okafor")


def test_asking_someone_about_a_topic() -> None:
    text = "A reporter asked the mayor about the flooded tunnel."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == (
        "ask",
        "A reporter",
        "the mayor about the flooded tunnel",
    )


def test_new_main_clause_after_a_comma_ends_the_content() -> None:
    text = "Okafor admitted using the loophole, he does not defend it."
    m = run(text)[0]
    assert (m.cue, content_of(text, m)) == ("admit", "using the loophole")


def test_subordinate_clause_keeps_its_main_clause() -> None:
    text = "Okafor said that if the tide rises, he will close the port."
    [m] = run(text)
    assert content_of(text, m) == "that if the tide rises, he will close the port"


def test_label_opening_with_an_article_is_a_rubric() -> None:
    text = "The Gap Goes On: Wages rose faster in the north."
    assert [m for m in run(text) if m.cue == ":"] == []


def test_name_ending_in_an_abbreviation_is_an_agent() -> None:
    text = "Judge Ann Lee Jr. spoke of the old harbour."
    [m] = run(text)
    assert (m.cue, source_of(text, m)) == ("speak", "Judge Ann Lee Jr.")


def test_adverbial_between_commas_before_that() -> None:
    text = "The mayor insisted, most recently on the radio, that the bridge is safe."
    [m] = run(text)
    assert content_of(text, m) == "that the bridge is safe"


def test_as_clause_before_the_content() -> None:
    text = "As the harbour master noted, the channel is too shallow."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == (
        "note",
        "the harbour master",
        "the channel is too shallow",
    )


def test_light_verb_and_a_noun_of_saying() -> None:
    text = "The council issued a statement on the flooding."
    [m] = run(text)
    assert (cue_of(text, m), m.cue, source_of(text, m)) == ("issued a statement", "issue statement", "The council")
    text = "Okafor offered some pointed advice to the new mayor."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == (
        "offer advice",
        "Okafor",
        "some pointed advice to the new mayor",
    )


def test_received_criticism_has_no_source() -> None:
    text = "The ferry operator has faced sharp criticism for the delays."
    [m] = run(text)
    assert (m.cue, m.source_start, content_of(text, m)) == ("face criticism", None, "for the delays")
    text = "The agency came under fire for the delays."
    [m] = run(text)
    assert (cue_of(text, m), m.source_start) == ("came under fire", None)


def test_light_verbs_without_a_report() -> None:
    assert run("The court sent the case back to the district judge.") == []
    assert run("The candidates took questions from the audience.") == []


def test_seeing_something_as_something() -> None:
    text = "Critics see the new toll as a tax on commuters."
    [m] = run(text)
    assert (m.cue, source_of(text, m), content_of(text, m)) == ("see", "Critics", "the new toll as a tax on commuters")
    text = "The toll is seen as a tax on commuters."
    [m] = run(text)
    assert (m.cue, m.source_start) == ("see", None)


def test_seeing_without_as_is_not_a_report() -> None:
    assert run("Okafor saw the ship in the harbour.") == []


def test_light_verb_with_a_noun_that_points_back() -> None:
    # "the remarks" were reported before; the sentence only says when and where they were made.
    assert run("The governor made the remarks on Tuesday at a town hall in Leeds.") == []
    assert run("Okafor issued the warnings during the storm.") == []
    assert run("The minister made those comments during a visit to Lagos.") == []
    # A colon or a quotation after the noun still brings the content.
    text = 'The ministry issued the statement: "Talks will resume."'
    [m] = run(text)
    assert (m.cue, source_of(text, m)) == ("issue statement", "The ministry")


def test_scrutiny_is_not_a_report_received() -> None:
    # Being examined is not being told anything; criticism received still is a report.
    assert run("The ferry operator came under scrutiny after the audit.") == []
    assert [m.cue for m in run("The ferry operator came under criticism after the audit.")] == ["come under criticism"]


def test_known_as_names_and_known_for_describes() -> None:
    assert run("Ports across the region signed a new pact, known as the Harbour Accord.") == []
    assert run("The senator is known for her temper.") == []
    # "known" with a clause still reports what is known.
    assert [m.cue for m in run("It is known that the bridge was unsafe.")] == ["know"]


def test_subject_with_a_modifier_between_commas() -> None:
    # No name before the comma, but a relative clause or a participle between the commas marks
    # the noun as the subject when a clause follows the cue (not "..., said the talks").
    text = "The official, who spoke on condition of anonymity, said the talks had stalled."
    spoke, said = run(text)
    assert (source_of(text, said), content_of(text, said)) == (
        "The official, who spoke on condition of anonymity,",
        "the talks had stalled",
    )
    assert said.parent is None
    # The relative clause reports up to its closing comma.
    assert content_of(text, spoke) == "on condition of anonymity"
    text = "The senator, elected in 2010, said that the vote was rigged."
    [m] = run(text)
    assert source_of(text, m) == "The senator, elected in 2010,"


def test_inverted_cue_after_a_participle_stays_inverted() -> None:
    text = "Prices rose, driven by fuel, said the official."
    [m] = run(text)
    assert (source_of(text, m), content_of(text, m)) == ("the official", "Prices rose, driven by fuel")


def test_subject_relative_between_commas_ends_at_its_comma() -> None:
    text = "Okafor, who said the port would reopen, left early."
    [m] = run(text)
    assert (source_of(text, m), content_of(text, m)) == ("who", "the port would reopen")


def test_participle_between_subject_and_verb_ends_at_its_comma() -> None:
    text = "Okafor, saying that the port was safe, left the room."
    [m] = run(text)
    assert (source_of(text, m), content_of(text, m)) == ("Okafor", "that the port was safe")
    # A participle after the main clause still reports to the end of the sentence.
    text = "Okafor denied the claim, saying that the port was safe and the ships could dock."
    denied, saying = run(text)
    assert (denied.cue, saying.parent) == ("deny", None)
    assert content_of(text, saying) == "that the port was safe and the ships could dock"
