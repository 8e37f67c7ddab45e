package org.joinedup.pathway.demo;

import static org.joinedup.identity.people.CareSetting.COMMUNITY;
import static org.joinedup.identity.people.CareSetting.MENTAL_HEALTH;
import static org.joinedup.identity.people.CareSetting.PRIMARY;
import static org.joinedup.identity.people.CareSetting.SECONDARY;
import static org.joinedup.identity.people.CareSetting.SOCIAL_CARE;
import static org.joinedup.pathway.demo.DemoStep.step;

import org.joinedup.pathway.comments.CommentDetails;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.ProposalDetails;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;

/**
 * The demo's frailty pathway: finding frailty in general practice, planning care with the
 * neighbourhood team, comprehensive geriatric assessment, care at home instead of
 * admission, discharge to assess and follow-up. Version 1 is published with the agreement
 * of all five settings involved; proposal 2 would shorten the wait for a social care
 * assessment after discharge, and social care has objected.
 */
final class DemoFrailtyPathway {

    private static final String NG56 = "https://www.nice.org.uk/guidance/ng56";
    private static final String HOME_WITHIN_A_DAY = "Home within 24 hours of being ready; ";
    private static final String FIRST_WAIT = "assessment at home within 2 working days";
    private static final String PROPOSED_WAIT = "assessment at home within 24 hours, seven days a week";

    private final DemoAuthoring demo;
    private final WorkspaceService workspaces;
    private final DraftService drafts;
    private final CommentService comments;
    private final ProposalService proposals;
    private final DemoAuthoring.Author qiLead;
    private final DemoAuthoring.Author gp;
    private final DemoAuthoring.Author pharmacist;
    private final DemoAuthoring.Author lmc;
    private final DemoAuthoring.Author lnc;
    private final DemoAuthoring.Author nurse;
    private final DemoAuthoring.Author socialCare;
    private final DemoAuthoring.Author mentalHealth;
    private final DemoAuthoring.Author publicHealth;

    DemoFrailtyPathway(DemoAuthoring demo) {
        this.demo = demo;
        this.workspaces = demo.workspaces;
        this.drafts = demo.drafts;
        this.comments = demo.comments;
        this.proposals = demo.proposals;
        this.qiLead = demo.author("qilead");
        this.gp = demo.author("gp");
        this.pharmacist = demo.author("pharmacist");
        this.lmc = demo.author("lmc");
        this.lnc = demo.author("lnc");
        this.nurse = demo.author("nurse");
        this.socialCare = demo.author("socialcare");
        this.mentalHealth = demo.author("mentalhealth");
        this.publicHealth = demo.author("publichealth");
    }

    void write() {
        long id = qiLead.does(() -> workspaces.create(new NewWorkspace("Frailty and care of older people", "East Place",
                WorkspaceVisibility.MEMBERS_ONLY, 24))).id();
        qiLead.does(() -> workspaces.addMember(id, gp.id(), Membership.of(WorkspaceRole.EDITOR)));
        qiLead.does(() -> workspaces.addMember(id, pharmacist.id(), Membership.of(WorkspaceRole.EDITOR)));
        qiLead.does(() -> workspaces.addMember(id, lmc.id(), Membership.representing(PRIMARY)));
        qiLead.does(() -> workspaces.addMember(id, lnc.id(), Membership.representing(SECONDARY)));
        qiLead.does(() -> workspaces.addMember(id, nurse.id(), Membership.representing(COMMUNITY)));
        qiLead.does(() -> workspaces.addMember(id, socialCare.id(), Membership.representing(SOCIAL_CARE)));
        qiLead.does(() -> workspaces.addMember(id, mentalHealth.id(), Membership.representing(MENTAL_HEALTH)));
        qiLead.does(() -> workspaces.addMember(id, publicHealth.id(), Membership.of(WorkspaceRole.OBSERVER)));
        qiLead.does(() -> workspaces.addMember(id, demo.author("patient").id(),
                Membership.of(WorkspaceRole.PATIENT_PARTNER)));

        long finding = qiLead.does(() -> drafts.addStage(id, "Finding frailty early")).id();
        long planning = qiLead.does(() -> drafts.addStage(id, "Planning care with the neighbourhood team")).id();
        long assessment = lnc.does(() -> drafts.addStage(id, "Comprehensive geriatric assessment")).id();
        long crisis = nurse.does(() -> drafts.addStage(id, "When things get worse: care at home instead of admission")).id();
        long hospital = lnc.does(() -> drafts.addStage(id, "Hospital stay and discharge to assess")).id();
        long followUp = qiLead.does(() -> drafts.addStage(id, "Follow-up at home")).id();

        StepDetails identify = gp.does(() -> drafts.addStep(finding, identifyFrailty()));
        StepDetails medicines = pharmacist.does(() -> drafts.addStep(finding, medicationReview()));
        StepDetails mdt = nurse.does(() -> drafts.addStep(planning, neighbourhoodTeam()));
        nurse.does(() -> drafts.addStep(planning, careAndSupportPlan()));
        StepDetails cga = lnc.does(() -> drafts.addStep(assessment, geriatricAssessment()));
        nurse.does(() -> drafts.addStep(assessment, fallsAndMobility()));
        StepDetails memory = mentalHealth.does(() -> drafts.addStep(assessment, memoryAndMood()));
        StepDetails urgentResponse = nurse.does(() -> drafts.addStep(crisis, urgentCommunityResponse()));
        StepDetails hospitalAtHome = lnc.does(() -> drafts.addStep(crisis, hospitalAtHome()));
        StepDetails frontDoor = lnc.does(() -> drafts.addStep(hospital, frontDoor()));
        StepDetails dischargeStep = socialCare.does(() -> drafts.addStep(hospital, dischargeToAssess(FIRST_WAIT)));
        StepDetails afterDischarge = gp.does(() -> drafts.addStep(followUp, reviewAfterDischarge()));
        socialCare.does(() -> drafts.addStep(followUp, reablement()));

        gp.does(() -> drafts.addHandover(identify.id(), mdt.id(), new HandoverFields(
                "Clinical Frailty Scale 6 or above, or 5 with a fall, an unplanned admission or a carer under strain "
                        + "in the last 6 months.",
                "- Clinical Frailty Scale score and electronic frailty index\n"
                        + "- Problem list, medicines and recent admissions\n"
                        + "- What matters to the person, and their carer's details\n"
                        + "- Any advance care plan or ReSPECT form",
                "The GP who requested them",
                "Discussed at the neighbourhood team meeting within 2 weeks")));
        nurse.does(() -> drafts.addHandover(mdt.id(), cga.id(), new HandoverFields(
                "The neighbourhood team agrees the problems are complex or unclear: repeated falls, unexplained "
                        + "decline, several specialists involved, or uncertainty about the goals of care.",
                "The team's summary and its question for the geriatrician, the care and support plan, and recent "
                        + "results.",
                "The geriatrician for tests requested at the assessment; the GP for tests requested before it",
                "Seen within 4 weeks")));
        lnc.does(() -> drafts.addHandover(cga.id(), memory.id(), new HandoverFields(
                "Memory or mood problems found at the assessment, with delirium and reversible causes ruled out.",
                "The assessment summary, cognitive test scores, blood results, medicines, and what a carer or "
                        + "relative has noticed.",
                "The geriatrician for the tests they requested; the memory service for any brain scan it requests",
                "Assessed within 6 weeks")));
        nurse.does(() -> drafts.addHandover(urgentResponse.id(), hospitalAtHome.id(), new HandoverFields(
                "The person needs acute medical treatment (such as intravenous fluids or antibiotics, or a daily "
                        + "senior review) that can be given safely at home, and agrees to it.",
                "- A phone call to the hospital at home consultant\n"
                        + "- Observations and NEWS2 score, results so far, medicines\n"
                        + "- The care and support plan and any ReSPECT form",
                "The hospital at home consultant, from the moment they accept the person",
                "Accepted or declined by phone within 30 minutes; first visit within 4 hours")));
        HandoverDetails toDischargeToAssess = lnc.does(() -> drafts.addHandover(frontDoor.id(), dischargeStep.id(),
                dischargeHandover(FIRST_WAIT)));
        lnc.does(() -> drafts.addHandover(frontDoor.id(), afterDischarge.id(), new HandoverFields(
                "Discharge from hospital.",
                "The discharge summary: diagnoses, medicines changed and why, tests still awaited and who acts on "
                        + "each, actions agreed with the practice before discharge, and the frailty score at discharge.",
                "The hospital team that requested them, named in the discharge summary",
                "Discharge summary to the practice within 24 hours of discharge")));
        lnc.does(() -> drafts.addHandover(hospitalAtHome.id(), afterDischarge.id(), new HandoverFields(
                "Discharge from hospital at home.",
                "The hospital at home discharge summary, with medicine changes and follow-up actions.",
                "The hospital at home consultant, for tests they requested",
                "Summary to the practice on the day of discharge")));

        CommentDetails measure = publicHealth.does(() -> comments.addComment(dischargeStep.id(),
                "Could we count readmissions within 30 days for people discharged to assess? It would show whether "
                        + "faster assessment at home makes a difference."));
        qiLead.does(() -> comments.addComment(dischargeStep.id(),
                "Added to the frailty QI programme's measures, reported monthly on a run chart."));
        qiLead.does(() -> comments.resolve(measure.id()));
        gp.does(() -> comments.addComment(urgentResponse.id(),
                "@Jo Williams does the two-hour response cover care homes as well as people in their own homes?"));
        pharmacist.does(() -> comments.addComment(medicines.id(),
                "At current staffing the PCN pharmacists can do about 40 of these reviews a month across East Place, "
                        + "so we start with people at Clinical Frailty Scale 7 and above."));

        ProposalDetails first = qiLead.does(() -> proposals.open(id,
                "First agreed version of the East Place frailty pathway, from finding frailty in general practice to "
                        + "care at home, discharge to assess and follow-up.", demo.inDays(21)));
        lmc.does(() -> proposals.agree(first.id(), first.revision(), PRIMARY));
        lnc.does(() -> proposals.agree(first.id(), first.revision(), SECONDARY));
        nurse.does(() -> proposals.agree(first.id(), first.revision(), COMMUNITY));
        mentalHealth.does(() -> proposals.agree(first.id(), first.revision(), MENTAL_HEALTH));
        socialCare.does(() -> proposals.agree(first.id(), first.revision(), SOCIAL_CARE));
        qiLead.does(() -> proposals.publish(first.id()));

        nurse.does(() -> comments.addComment(urgentResponse.id(),
                "Yes: care homes call the same number and get the same two-hour response."));
        lnc.does(() -> drafts.saveStep(dischargeStep.id(), dischargeStep.version(),
                dischargeToAssess(PROPOSED_WAIT)));
        lnc.does(() -> drafts.saveHandover(toDischargeToAssess.id(), toDischargeToAssess.version(),
                dischargeHandover(PROPOSED_WAIT)));
        ProposalDetails second = qiLead.does(() -> proposals.open(id,
                "Shorten the wait for a social care assessment at home after discharge to 24 hours, every day of the "
                        + "week, so that people who go home on a Friday are not left until Tuesday.", demo.inDays(10)));
        lnc.does(() -> proposals.agree(second.id(), second.revision(), SECONDARY));
        socialCare.does(() -> proposals.object(second.id(), second.revision(), SOCIAL_CARE,
                "We support the aim, but adult social care cannot staff home assessments within 24 hours at weekends "
                        + "on the current reablement rota. We could agree 24 hours on weekdays and 48 hours at weekends "
                        + "now, and 24 hours every day once the two reablement posts funded from April are filled. "
                        + "Please revise the proposal to say that."));
    }

    private static HandoverFields dischargeHandover(String assessmentWait) {
        return new HandoverFields("The person no longer needs to be in hospital (no longer meets the criteria to reside).",
                "- The discharge summary and medicines supplied\n"
                        + "- Mobility and daily living now and before admission\n"
                        + "- Equipment and care needed from the first day\n"
                        + "- What matters to the person, and their carer's details",
                "The hospital consultant who requested them; the discharge summary says who acts on each",
                HOME_WITHIN_A_DAY + "social care " + assessmentWait);
    }

    private static StepFields identifyFrailty() {
        return step("Identify frailty in general practice", PRIMARY)
                .responsible("GP practice, led by the PCN's frailty lead GP")
                .description("Each quarter the practice runs the electronic frailty index (eFI) for everyone aged 65 "
                        + "and over. For people it flags as moderately or severely frail, a clinician who knows them "
                        + "confirms frailty at their next face-to-face contact with the Clinical Frailty Scale (CFS) "
                        + "and codes it. The eFI is a screen, not a diagnosis.")
                .entry("Aged 65 or over, and a moderate or severe eFI result, or a clinician or carer is worried: "
                        + "falls, slowing down, new confusion or a recent admission.")
                .exit("CFS recorded and frailty coded. People at CFS 5 or above are offered a medication review and "
                        + "a discussion at the neighbourhood team meeting.")
                .diagnostics("Clinical Frailty Scale; gait speed or the timed up-and-go test when the score is "
                        + "borderline", true)
                .prescribing("No change at this step")
                .timescale("Search every quarter; CFS at the next contact, within 3 months")
                .forPatients("Your practice may ask how you are managing day to day, such as walking, dressing and "
                        + "getting out. This helps them notice early when some extra support could help you stay well "
                        + "and independent at home.")
                .evidence("- British Geriatrics Society, Fit for Frailty (2014)\n"
                        + "- NICE NG56, Multimorbidity: clinical assessment and management (2016)\n"
                        + "- Clegg and others, Development and validation of an electronic frailty index, Age and "
                        + "Ageing (2016)")
                .links(NG56)
                .fields();
    }

    private static StepFields medicationReview() {
        return step("Structured medication review", PRIMARY)
                .responsible("PCN clinical pharmacist")
                .description("A structured medication review with the person, and their carer if they wish. It looks "
                        + "for medicines that raise the risk of falls, confusion or kidney injury, a heavy "
                        + "anticholinergic burden, and medicines whose benefit no longer outweighs the burden of "
                        + "taking them. Changes are agreed with the person, never made for them.")
                .entry("CFS 5 or above, 10 or more regular medicines, or a fall or admission in the last 6 months.")
                .exit("Review recorded with the agreed changes and their reasons; a follow-up date set.")
                .diagnostics("Kidney function; lying and standing blood pressure for people on medicines that lower it",
                        true)
                .prescribing("GP practice; the pharmacist makes agreed changes as an independent prescriber")
                .timescale("Within 6 weeks of frailty being coded")
                .forPatients("A pharmacist will go through all your medicines with you, and with a family member or "
                        + "carer if you like. They will ask what each one is for, whether it causes you problems and "
                        + "what matters most to you. Sometimes stopping a medicine helps more than adding one. Nothing "
                        + "will change without your agreement.")
                .evidence("- NICE NG5, Medicines optimisation (2015)\n- STOPP/START criteria, version 3 (2023)")
                .fields();
    }

    private static StepFields neighbourhoodTeam() {
        return step("Neighbourhood team meeting", COMMUNITY)
                .responsible("Neighbourhood team coordinator, Eastshire Community Health")
                .description("A weekly meeting of the neighbourhood team: GP, district nurse, community matron, "
                        + "community geriatrician, social worker, mental health nurse, clinical pharmacist and the "
                        + "voluntary sector link worker. For each person, the team agrees the priorities and who does "
                        + "what, and names one care coordinator as the person's single point of contact.")
                .entry("CFS 6 or above, or CFS 5 with a fall, an admission or a carer under strain in the last 6 months.")
                .exit("Care coordinator named; actions recorded in the shared care record with owners and dates.")
                .prescribing("Unchanged: prescribing stays with the GP unless the team agrees otherwise")
                .timescale("Discussed within 2 weeks of referral to the team")
                .forPatients("A small team from your practice, community nursing, social care and other services will "
                        + "talk about how best to support you, and one of them will be your main contact. They start "
                        + "by asking you what matters most to you, and that shapes the plan.")
                .evidence("- NICE NG56, Multimorbidity (2016)\n"
                        + "- Localis, Meeting the challenge: future visions of healthcare: in one locality, integrated "
                        + "teams of GPs, social care and community services cut admissions among frail older people "
                        + "by 30%")
                .links(NG56)
                .fields();
    }

    private static StepFields careAndSupportPlan() {
        return step("Personalised care and support plan", COMMUNITY)
                .responsible("Care coordinator")
                .description("The care coordinator writes the plan with the person and those close to them, starting "
                        + "from what matters to them. It covers their goals, what to do when things get worse, who to "
                        + "call day and night, the carer's needs and, if the person wishes, a ReSPECT form recording "
                        + "their preferences for emergency care.")
                .entry("Care coordinator named by the neighbourhood team.")
                .exit("Plan shared with the person and visible to the practice, community, hospital, ambulance and "
                        + "social care teams.")
                .timescale("Within 4 weeks of the team meeting; reviewed every 6 months and after any admission")
                .forPatients("You will have a written plan that you help to write. It says what is important to you, "
                        + "what support you will have and who to call if you become unwell, including at night and at "
                        + "weekends. Everyone involved in your care can see it, so you will not have to repeat your "
                        + "story.")
                .evidence("- Resuscitation Council UK, the ReSPECT process\n"
                        + "- NHS England, Universal personalised care (2019)")
                .fields();
    }

    private static StepFields geriatricAssessment() {
        return step("Comprehensive geriatric assessment", SECONDARY)
                .responsible("Consultant geriatrician, community frailty clinic (Northgate Hospitals)")
                .description("A full assessment of physical health, function, mood and memory, medicines, social "
                        + "circumstances and home, done in the community frailty clinic or at home, that ends in one "
                        + "shared plan. Tests that can be done locally are done locally.")
                .entry("Referred by the neighbourhood team when problems are complex or unclear.")
                .exit("Assessment summary and problem list in the shared record; recommendations to the care "
                        + "coordinator and the GP, each with an owner.")
                .diagnostics("- Bloods: kidney function, full blood count, B12, folate, thyroid, bone profile\n"
                        + "- ECG\n"
                        + "- Lying and standing blood pressure\n"
                        + "- Cognitive screen and the 4AT test for delirium", true)
                .prescribing("The geriatrician recommends and the GP prescribes, unless a medicine must be started by "
                        + "a specialist")
                .timescale("Seen within 4 weeks of referral")
                .forPatients("A specialist in the care of older people will see you at a clinic near you or at home. "
                        + "The appointment is longer than usual, often about an hour, and covers your health, memory, "
                        + "mood, medicines and how you manage at home. Bring your medicines and, if you like, someone "
                        + "who knows you well.")
                .evidence("- British Geriatrics Society, Comprehensive geriatric assessment toolkit for primary care "
                        + "practitioners (2019)\n"
                        + "- Ellis and others, Cochrane review of comprehensive geriatric assessment for older adults "
                        + "admitted to hospital (2017)")
                .fields();
    }

    private static StepFields fallsAndMobility() {
        return step("Falls and mobility assessment", COMMUNITY)
                .responsible("Community therapy team: physiotherapy and occupational therapy")
                .description("An assessment of strength and balance, a check of the home for hazards, and advice on "
                        + "equipment. People who would benefit join a strength and balance programme in a local group "
                        + "or at home.")
                .entry("A fall in the last 12 months, fear of falling, or unsteadiness noticed by the team or at the "
                        + "geriatric assessment.")
                .exit("Programme started or declined; equipment in place; a falls plan in the care and support plan.")
                .diagnostics("Timed up-and-go test; lying and standing blood pressure", true)
                .timescale("Assessed within 3 weeks; the programme runs for about 6 months")
                .forPatients("A physiotherapist or occupational therapist will see you, often at home, to look at your "
                        + "walking and balance and anything at home that could trip you up. You may be offered "
                        + "exercise classes or exercises to do at home, which reduce falls. They can arrange "
                        + "equipment such as grab rails.")
                .evidence("- Montero-Odasso and others, World guidelines for falls prevention and management for "
                        + "older adults, Age and Ageing (2022)")
                .fields();
    }

    private static StepFields memoryAndMood() {
        return step("Memory and mood assessment", MENTAL_HEALTH)
                .responsible("Memory assessment service, Eastshire Mental Health NHS Trust")
                .description("For people whose memory or thinking is getting worse once delirium and reversible causes "
                        + "have been ruled out. The service assesses for dementia, depression and anxiety, explains the "
                        + "diagnosis in person, and offers support afterwards to the person and their carer.")
                .entry("Suspected dementia or a mood disorder after blood tests and a cognitive screen; delirium ruled out.")
                .exit("Diagnosis discussed with the person; a support plan; a letter to the GP and the care coordinator.")
                .diagnostics("Cognitive assessment; a brain scan where needed, at the community diagnostic centre", true)
                .prescribing("The memory service starts medicines for dementia; the GP continues them under shared care")
                .sharedCare("Eastshire shared-care protocol for medicines for dementia")
                .timescale("Diagnosis within 6 weeks of referral")
                .forPatients("If you or your family have noticed problems with memory or mood, a specialist team can "
                        + "assess this, usually at a clinic near you or at home. They will explain what they find and "
                        + "offer support and information to you and the people close to you.")
                .evidence("- NICE NG97, Dementia: assessment, management and support (2018)")
                .fields();
    }

    private static StepFields urgentCommunityResponse() {
        return step("Urgent community response within two hours", COMMUNITY)
                .responsible("Urgent community response team, Eastshire Community Health")
                .description("A response at home within two hours for a sudden deterioration that does not need an "
                        + "ambulance: a fall without serious injury, new confusion, an infection, or a carer who can "
                        + "no longer cope. The team assesses, treats what it can, arranges short-term care and calls "
                        + "in hospital at home when medical care is needed.")
                .entry("A referral from the person, their carer, the GP, NHS 111 or the ambulance service; urgent but "
                        + "not life-threatening.")
                .exit("Safe at home with a plan, accepted by hospital at home, or taken to hospital.")
                .diagnostics("Observations and NEWS2 score, point-of-care blood tests, the 4AT test for delirium", true)
                .prescribing("Non-medical prescribers in the team, or the GP or hospital at home consultant")
                .timescale("At home within 2 hours; support for up to 48 hours")
                .forPatients("If you suddenly become unwell or have a fall, you or your family can call your practice or "
                        + "NHS 111, and a community team can come to your home within two hours. They will check you "
                        + "over, help with what you need straight away and, if you need more medical care, arrange it "
                        + "at home if that is safe.")
                .evidence("- NHS England, Urgent community response: the two-hour standard")
                .fields();
    }

    private static StepFields hospitalAtHome() {
        return step("Hospital at home (frailty virtual ward)", SECONDARY)
                .responsible("Consultant geriatrician leading the frailty virtual ward")
                .description("Hospital-level care at home for people who would otherwise be admitted: a daily senior "
                        + "review, nursing visits, intravenous fluids and antibiotics, blood tests, and monitoring "
                        + "from a distance where it helps. The consultant is responsible for the acute illness; the GP "
                        + "remains the person's doctor.")
                .entry("Acutely unwell with an illness that can be treated safely at home, and the person agrees.")
                .exit("Illness treated and care handed back to the GP and care coordinator, or admitted if needed.")
                .diagnostics("Blood tests at home with results the same day; portable ECG; bladder scan", true)
                .prescribing("The hospital at home team prescribes for the illness and sends a list of medicines at "
                        + "discharge")
                .timescale("Usually 3 to 14 days")
                .forPatients("Instead of going into hospital, you may be treated at home by a hospital team led by a "
                        + "consultant. Nurses and doctors will visit you every day, and you will have a number to call "
                        + "at any time, day or night. Most people are cared for this way for a few days to two weeks.")
                .evidence("- British Geriatrics Society, Bringing hospital care home: virtual wards and hospital at home "
                        + "for older people (2022)\n"
                        + "- Shepperd and others, Cochrane review of admission avoidance hospital at home (2016)")
                .fields();
    }

    private static StepFields frontDoor() {
        return step("Frailty assessment at the front door", SECONDARY)
                .responsible("Acute frailty team, Northgate Hospitals")
                .description("Older people who arrive at the emergency department or the acute medical unit have a "
                        + "CFS score and a 4AT test for delirium recorded on arrival. People at CFS 5 or above are "
                        + "seen by the acute frailty team, who start the geriatric assessment, avoid admissions that "
                        + "are not needed and plan discharge from the first day.")
                .entry("Aged 65 or over and attending the emergency department or the acute medical unit.")
                .exit("Home the same day with support, or admitted with the assessment started and an expected "
                        + "discharge date.")
                .diagnostics("CFS, 4AT, bloods, ECG and imaging as needed", false)
                .prescribing("Hospital team")
                .timescale("Seen by the frailty team within 12 hours of arrival")
                .forPatients("If you need to go to hospital, a team that specialises in older people will see you early "
                        + "on. They will ask how you usually manage and what matters to you, and aim to get you home "
                        + "as soon as it is safe, with support if you need it.")
                .evidence("- NICE CG103, Delirium: prevention, diagnosis and management")
                .fields();
    }

    private static StepFields dischargeToAssess(String assessmentWait) {
        return step("Discharge to assess", SOCIAL_CARE)
                .responsible("Hospital discharge hub and Eastshire County Council adult social care")
                .description("People go home as soon as they no longer need hospital care. Their longer-term needs are "
                        + "assessed at home, where they can be seen as they really manage, not on a ward. Short-term "
                        + "reablement or care starts on the day of discharge, and no decision about long-term care is "
                        + "made in hospital.")
                .entry("The person no longer needs to be in hospital.")
                .exit("Home with reablement or short-term care in place; assessment at home done.")
                .prescribing("The hospital supplies 14 days of medicines; the practice takes over from the discharge "
                        + "summary")
                .timescale(HOME_WITHIN_A_DAY + assessmentWait)
                .forPatients("When you are well enough to leave hospital, you will go home with the support you need to "
                        + "start with. A social care worker or therapist will then visit to see how you are managing "
                        + "and agree any longer-term help with you. Decisions about long-term care are made once you "
                        + "are home, not while you are in hospital.")
                .evidence("- Department of Health and Social Care, Hospital discharge and community support guidance "
                        + "(2022)\n- Care Act 2014")
                .fields();
    }

    private static StepFields reviewAfterDischarge() {
        return step("Review after discharge", PRIMARY)
                .responsible("GP practice and care coordinator")
                .description("A call or visit within a few working days of discharge to check the person is safe, has "
                        + "the right medicines and help in place, and knows who to contact. The PCN pharmacist checks "
                        + "the medicines against the discharge summary, and the care and support plan is updated.")
                .entry("Discharge summary received.")
                .exit("Medicines reconciled; care and support plan updated; actions from the discharge summary done "
                        + "or owned.")
                .diagnostics("Only tests the practice agreed to do before discharge", true)
                .prescribing("GP practice, from the day the hospital's supply ends")
                .timescale("Contact within 3 working days; medicines reconciled within 7 days")
                .forPatients("After you leave hospital, someone from your practice or your care coordinator will "
                        + "contact you within a few days to check how you are, go through any changes to your "
                        + "medicines and make sure you have the help you need.")
                .evidence("- NICE NG5, Medicines optimisation (2015): medicines reconciliation")
                .fields();
    }

    private static StepFields reablement() {
        return step("Reablement and review of longer-term care", SOCIAL_CARE)
                .responsible("Eastshire County Council reablement service")
                .description("Up to six weeks of reablement, free of charge, to help the person regain skills and "
                        + "confidence at home. At the end, the social worker reviews with them what help they still "
                        + "need and, where needed, arranges longer-term care after a Care Act assessment.")
                .entry("Home after discharge to assess, or referred by the neighbourhood team.")
                .exit("Independent again, or longer-term care arranged.")
                .timescale("Up to 6 weeks; review in the final week")
                .forPatients("A reablement team will visit to help you get back to doing things for yourself, such as "
                        + "washing, dressing and making meals. This is free for up to six weeks. Towards the end, you "
                        + "will talk together about whether you need any ongoing help and how it will be arranged.")
                .evidence("- Care Act 2014\n- NICE NG74, Intermediate care including reablement (2017)")
                .fields();
    }
}
