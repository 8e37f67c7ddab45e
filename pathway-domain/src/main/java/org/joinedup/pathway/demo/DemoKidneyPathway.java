package org.joinedup.pathway.demo;

import static org.joinedup.identity.people.CareSetting.COMMUNITY;
import static org.joinedup.identity.people.CareSetting.PRIMARY;
import static org.joinedup.identity.people.CareSetting.SECONDARY;
import static org.joinedup.pathway.demo.DemoStep.step;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.joinedup.pathway.comments.CommentDetails;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.documents.DocumentUpload;
import org.joinedup.pathway.draft.BranchFields;
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
 * The demo's chronic kidney disease pathway: from annual checks in general practice,
 * through advice from the kidney e-clinic without the patient travelling, to shared care
 * and discharge back to the practice, with a decision in the practice on whether the person
 * needs a specialist (urgently, through the e-clinic, or not). Version 1 is published with the agreement of
 * primary, secondary and community care; version 2, agreed by primary care alone, adds sick-day
 * guidance at medicines reviews in the practice; proposal 3 adds the kidney failure risk score
 * to the e-clinic criteria and an interim note about the e-clinic's response time, and
 * has secondary care's agreement while primary care's is still awaited.
 */
final class DemoKidneyPathway {

    private static final String NG203 = "https://www.nice.org.uk/guidance/ng203";
    /** When a GP asks the e-clinic: versions 1 and 2, then proposal 3, which puts the kidney failure risk score first. */
    private static final String FIRST_CRITERIA = "Any NICE NG203 referral criterion (for example ACR 70 mg/mmol "
            + "or more not explained by diabetes, a sustained fall in eGFR of 25% or more with a change of category "
            + "within 12 months, or blood pressure uncontrolled on four medicines)";
    private static final String PROPOSED_CRITERIA = "A 5-year risk of needing dialysis or a transplant above 5% on "
            + "the 4-variable Kidney Failure Risk Equation, or any other NICE NG203 referral criterion (for example ACR "
            + "70 mg/mmol or more not explained by diabetes, a sustained fall in eGFR of 25% or more with a change of "
            + "category within 12 months, or blood pressure uncontrolled on four medicines)";

    /** The leaflet for patients on the annual check, a resource beside this class. */
    private static final String LEAFLET = "looking-after-your-kidneys.pdf";

    private final DemoAuthoring demo;
    private final DocumentService documents;
    private final WorkspaceService workspaces;
    private final DraftService drafts;
    private final CommentService comments;
    private final ProposalService proposals;
    private final DemoAuthoring.Author gp;
    private final DemoAuthoring.Author pharmacist;
    private final DemoAuthoring.Author lmc;
    private final DemoAuthoring.Author consultant;
    private final DemoAuthoring.Author lnc;
    private final DemoAuthoring.Author nurse;
    private final DemoAuthoring.Author publicHealth;

    DemoKidneyPathway(DemoAuthoring demo, DocumentService documents) {
        this.demo = demo;
        this.documents = documents;
        this.workspaces = demo.workspaces;
        this.drafts = demo.drafts;
        this.comments = demo.comments;
        this.proposals = demo.proposals;
        this.gp = demo.author("gp");
        this.pharmacist = demo.author("pharmacist");
        this.lmc = demo.author("lmc");
        this.consultant = demo.author("consultant");
        this.lnc = demo.author("lnc");
        this.nurse = demo.author("nurse");
        this.publicHealth = demo.author("publichealth");
    }

    void write() {
        long id = gp.does(() -> workspaces.create(new NewWorkspace("Chronic kidney disease", "East Place",
                WorkspaceVisibility.MEMBERS_ONLY, 24))).id();
        gp.does(() -> workspaces.addMember(id, consultant.id(), Membership.of(WorkspaceRole.EDITOR)));
        gp.does(() -> workspaces.addMember(id, pharmacist.id(), Membership.of(WorkspaceRole.EDITOR)));
        gp.does(() -> workspaces.addMember(id, lmc.id(), Membership.representing(PRIMARY)));
        gp.does(() -> workspaces.addMember(id, lnc.id(), Membership.representing(SECONDARY)));
        gp.does(() -> workspaces.addMember(id, nurse.id(), Membership.representing(COMMUNITY)));
        gp.does(() -> workspaces.addMember(id, publicHealth.id(), Membership.of(WorkspaceRole.OBSERVER)));
        gp.does(() -> workspaces.addMember(id, demo.author("patient").id(), Membership.of(WorkspaceRole.PATIENT_PARTNER)));

        long recognition = gp.does(() -> drafts.addStage(id, "Recognising kidney disease in general practice")).id();
        long eClinic = gp.does(() -> drafts.addStage(id, "Specialist advice without travelling: the kidney e-clinic")).id();
        long assessment = consultant.does(() -> drafts.addStage(id, "Assessment in the renal clinic")).id();
        long localTests = nurse.does(() -> drafts.addStage(id, "Tests close to home")).id();
        long treatment = consultant.does(() -> drafts.addStage(id, "Treatment and shared care")).id();
        long followUp = gp.does(() -> drafts.addStage(id, "Discharge and follow-up")).id();

        StepDetails annualCheck = gp.does(() -> drafts.addStep(recognition, annualCheck()));
        StepDetails confirm = gp.does(() -> drafts.addStep(recognition, confirmAndCode()));
        StepDetails medicines = pharmacist.does(() -> drafts.addStep(recognition, medicinesReview()));
        StepDetails askEClinic = gp.does(() -> drafts.addStep(eClinic, askTheEClinic()));
        StepDetails eClinicStep = consultant.does(() -> drafts.addStep(eClinic, eClinicReview("")));
        StepDetails clinic = consultant.does(() -> drafts.addStep(assessment, renalClinic()));
        StepDetails ultrasound = nurse.does(() -> drafts.addStep(localTests, ultrasound()));
        nurse.does(() -> drafts.addStep(localTests, localBloodTests()));
        StepDetails plan = consultant.does(() -> drafts.addStep(treatment, specialistPlan()));
        StepDetails sharedCare = gp.does(() -> drafts.addStep(treatment, sharedCarePrescribing()));
        StepDetails homeNursing = nurse.does(() -> drafts.addStep(treatment, communityKidneyNursing()));
        StepDetails discharge = consultant.does(() -> drafts.addStep(followUp, discharge()));
        StepDetails monitoring = gp.does(() -> drafts.addStep(followUp, ongoingMonitoring()));
        StepDetails needsSpecialist = gp.does(() -> drafts.addStep(recognition, needsSpecialist()));
        gp.does(() -> drafts.setBranches(needsSpecialist.id(), List.of(
                new BranchFields("Yes, urgently: eGFR under 15 or falling over days", clinic.key()),
                new BranchFields("Yes, not urgent", askEClinic.key()),
                new BranchFields("No", monitoring.key()))));

        HandoverDetails toEClinic = gp.does(() -> drafts.addHandover(askEClinic.id(), eClinicStep.id(),
                eClinicHandover(FIRST_CRITERIA)));
        consultant.does(() -> drafts.addHandover(eClinicStep.id(), ultrasound.id(), new HandoverFields(
                "The consultant asks for a kidney ultrasound: accelerating decline, blood in the urine, symptoms of "
                        + "obstruction, a family history of polycystic kidney disease, or eGFR under 30.",
                "The request with the clinical question, the latest eGFR and any access needs (interpreter, "
                        + "wheelchair, transport).",
                "The consultant nephrologist who requested the scan",
                "Scan within 6 weeks of the request; report within 3 working days")));
        gp.does(() -> drafts.addHandover(confirm.id(), clinic.id(), new HandoverFields(
                "The urgent route, not through the e-clinic: eGFR under 15 and not known to the renal team, blood "
                        + "and protein in the urine with eGFR falling over days or weeks, or suspected nephrotic "
                        + "syndrome. The GP phones the renal registrar on call the same day.",
                "- A phone call to the renal registrar on call\n"
                        + "- The same day, in the shared record: the latest results, medicines and relevant history",
                "The GP for tests already sent; the renal team for tests it requests from the call onwards",
                "Telephone advice the same day; seen within 2 weeks, or admitted the same day if the registrar advises")));
        consultant.does(() -> drafts.addHandover(plan.id(), sharedCare.id(), new HandoverFields(
                "The patient is on a stable dose of a medicine covered by an East Place renal shared-care protocol "
                        + "and agrees to the practice prescribing it.",
                "- The shared-care request: diagnosis, medicine and dose\n"
                        + "- The monitoring schedule and the results so far\n"
                        + "- What to do if a result is out of range\n"
                        + "- A named contact in the renal team",
                "The renal team, until the practice has accepted shared care in writing",
                "The practice accepts or declines within 14 days; the hospital keeps prescribing until it does")));
        consultant.does(() -> drafts.addHandover(plan.id(), homeNursing.id(), new HandoverFields(
                "Kidney disease at stage G4 or G5 and the person is housebound, or has chosen conservative kidney care.",
                "The treatment plan, any advance care plan, the blood test schedule, target blood pressure, any "
                        + "fluid limit and the key contacts in the renal team and the practice.",
                "The renal team for tests it requests; the district nurses take the samples",
                "First home visit within 2 weeks of the referral")));
        consultant.does(() -> drafts.addHandover(discharge.id(), monitoring.id(), new HandoverFields(
                "Kidney function has been stable for 12 months and no specialist treatment is needed.",
                "The discharge letter with the management plan: cause if known, G and A category, target blood "
                        + "pressure, medicines to continue and to avoid, how often to test, and when to ask the "
                        + "e-clinic again.",
                "The renal team, for any test it requested before discharge",
                "Discharge letter to the practice within 7 days of the decision")));

        CommentDetails missedAki = publicHealth.does(() -> comments.addComment(annualCheck.id(),
                "Could the practice search also pick up people whose acute kidney injury is recorded only in a "
                        + "hospital discharge letter? They are easy to miss."));
        gp.does(() -> comments.addComment(annualCheck.id(),
                "Our search reads the coded discharge summaries, so they are included. Practices that still scan "
                        + "letters will code AKI when the letter is filed; I have raised it at the practice managers' meeting."));
        gp.does(() -> comments.resolve(missedAki.id()));
        gp.does(() -> comments.addComment(eClinicStep.id(),
                "@Dr Tomi Okafor is 10 working days realistic while you are the only consultant on the e-clinic rota?"));
        lmc.does(() -> comments.addComment(sharedCare.id(),
                "Practices need the results so far in the shared-care request, not just the schedule, or we start "
                        + "the monitoring from scratch. Glad to see it in the hand-over."));
        pharmacist.does(() -> comments.addComment(medicines.id(),
                "The PCN has printed sick-day guidance cards; practices can order more from me."));

        gp.does(() -> documents.upload(annualCheck.id(), new DocumentUpload("Looking after your kidneys", true, LEAFLET,
                leaflet())));

        ProposalDetails first = gp.does(() -> proposals.open(id,
                "First agreed version of the East Place kidney pathway: annual checks and coding in general practice, "
                        + "advice from the kidney e-clinic, tests close to home, shared-care prescribing and discharge "
                        + "back to the practice with a management plan.", demo.inDays(14)));
        lmc.does(() -> proposals.agree(first.id(), first.revision(), PRIMARY));
        nurse.does(() -> proposals.agree(first.id(), first.revision(), COMMUNITY));
        lnc.does(() -> proposals.agree(first.id(), first.revision(), SECONDARY));
        gp.does(() -> proposals.publish(first.id()));

        pharmacist.does(() -> drafts.addStep(followUp, sickDayGuidance()));
        ProposalDetails sickDays = gp.does(() -> proposals.open(id,
                "Sick-day guidance at every medicines review in general practice, after two admissions with acute "
                        + "kidney injury in people who kept taking their medicines while dehydrated.", demo.inDays(14)));
        lmc.does(() -> proposals.agree(sickDays.id(), sickDays.revision(), PRIMARY));
        gp.does(() -> proposals.publish(sickDays.id()));

        consultant.does(() -> drafts.saveStep(eClinicStep.id(), eClinicStep.version(), eClinicReview(
                "Until a second consultant joins the e-clinic rota in the spring, advice may take up to 15 working "
                        + "days. If a question cannot wait, ring the renal registrar on call through the Northgate "
                        + "switchboard.")));
        consultant.does(() -> comments.addComment(eClinicStep.id(),
                "Most weeks, yes. During leave it slips, so I have added an interim note until the second consultant "
                        + "joins the rota."));
        gp.does(() -> drafts.saveHandover(toEClinic.id(), toEClinic.version(), eClinicHandover(PROPOSED_CRITERIA)));
        ProposalDetails third = gp.does(() -> proposals.open(id,
                "Add the kidney failure risk score to the e-clinic criteria, as NICE NG203 recommends, and say how "
                        + "long e-clinic advice takes while the rota has one consultant.", demo.inDays(14)));
        lnc.does(() -> proposals.agree(third.id(), third.revision(), SECONDARY));
    }

    private static HandoverFields eClinicHandover(String criteria) {
        return new HandoverFields(criteria + ", or the GP wants a specialist's advice.",
                "- The question for the consultant\n"
                        + "- eGFR results over at least the last 12 months, and the latest ACR\n"
                        + "- Blood pressure readings and current medicines\n"
                        + "- Other conditions, and what matters to the patient\n"
                        + "- That the patient agreed to the e-clinic review",
                "The GP who requested them, until the e-clinic's reply names someone else",
                "Advice within 10 working days");
    }

    private static StepFields annualCheck() {
        return step("Annual kidney check for people at risk", PRIMARY)
                .responsible("GP practice: practice nurse or healthcare assistant, overseen by the named GP")
                .description("Find chronic kidney disease (CKD) early, before it causes symptoms, in the people most "
                        + "likely to have it. Each quarter the practice searches for people at risk who have not had "
                        + "both tests in the last 12 months, and invites them.\n\n"
                        + "At risk means any of: diabetes; hypertension; a previous acute kidney injury (AKI); "
                        + "cardiovascular disease; structural renal tract disease or recurrent kidney stones; a "
                        + "condition that can affect the kidneys, such as lupus; a family history of kidney failure "
                        + "or inherited kidney disease; blood or protein found in the urine by chance.")
                .entry("On the practice's at-risk register, with no eGFR and urine albumin:creatinine ratio (ACR) in "
                        + "the last 12 months.")
                .exit("Both results are back. If they are normal, recall in 12 months. If eGFR is below 60 or ACR is "
                        + "3 mg/mmol or more, go on to confirming and coding.")
                .diagnostics("- Serum creatinine with eGFR (CKD-EPI equation)\n"
                        + "- Urine ACR, on a first-morning sample where possible", true)
                .prescribing("No change at this step.")
                .timescale("Once a year; results reviewed within 5 working days")
                .forPatients("If you have diabetes, high blood pressure or another condition that can affect your "
                        + "kidneys, your practice will invite you once a year for a blood test and a urine test. You "
                        + "can have them at the surgery or at a blood test clinic near you. The practice will tell you "
                        + "your results, usually within two weeks, and explain anything that needs following up.")
                .evidence("- NICE NG203, Chronic kidney disease: assessment and management (2021)\n"
                        + "- NICE NG28, Type 2 diabetes in adults: management")
                .links(NG203)
                .fields();
    }

    private static StepFields confirmAndCode() {
        return step("Confirm, stage and code chronic kidney disease", PRIMARY)
                .responsible("Named GP")
                .description("One abnormal result is not a diagnosis: eGFR can dip with dehydration, a recent meat "
                        + "meal or an acute illness. Rule out an acute kidney injury first (if eGFR has fallen "
                        + "quickly, repeat it within 2 weeks). Code CKD only when the abnormality has lasted more than "
                        + "3 months, and record both parts of the stage, for example **G3a A2**, so anyone reading "
                        + "the record can see the risk at a glance.")
                .entry("eGFR below 60 ml/min/1.73 m² or ACR 3 mg/mmol or more on one occasion.")
                .exit("CKD confirmed, coded with its G and A categories and added to the CKD register; or not "
                        + "confirmed, and the person goes back to annual checks.")
                .diagnostics("- Repeat eGFR within 3 months (within 2 weeks if the fall is sudden)\n"
                        + "- Repeat ACR on a first-morning sample if the first was between 3 and 70 mg/mmol\n"
                        + "- Urine dipstick for blood\n"
                        + "- Blood pressure", true)
                .prescribing("GP practice")
                .timescale("Within 3 months of the first abnormal result")
                .forPatients("If a test suggests your kidneys are not working as well as they should, we will repeat "
                        + "it before saying you have kidney disease, because results vary from day to day. If it is "
                        + "confirmed, your GP or nurse will explain what the stage means for you. Most people with "
                        + "early kidney disease are looked after by their own practice and never need to see a "
                        + "kidney specialist.")
                .evidence("- NICE NG203: investigations and classification of CKD")
                .links(NG203)
                .fields();
    }

    /** The demo's decision point: its branches lead to the renal clinic, the e-clinic or monitoring at the practice. */
    private static StepFields needsSpecialist() {
        return step("Does the person need a kidney specialist?", PRIMARY)
                .responsible("Named GP")
                .description("Decide with the person, once CKD is confirmed and their medicines reviewed, whether a "
                        + "specialist needs to see or advise on them. Most people with CKD stay with their practice.")
                .entry("CKD confirmed and coded, medicines reviewed.")
                .exit("The person is referred urgently, the e-clinic is asked, or monitoring continues at the practice.")
                .forPatients("Your GP will talk with you about whether a kidney specialist should see you or advise "
                        + "on your care. Most people with kidney disease are looked after by their own practice.")
                .evidence("- NICE NG203: referral criteria")
                .links(NG203)
                .fields();
    }

    private static StepFields medicinesReview() {
        return step("Medicines review and kidney-safe prescribing", PRIMARY)
                .responsible("PCN clinical pharmacist, with the named GP")
                .description("A structured medication review when CKD is first coded and whenever its stage changes. "
                        + "The pharmacist checks doses against kidney function, stops or avoids medicines that harm "
                        + "the kidneys (such as long-term anti-inflammatory painkillers), makes sure the person is "
                        + "offered the treatments that slow kidney disease and lower cardiovascular risk, and gives "
                        + "sick-day guidance in writing.")
                .entry("CKD newly coded, or its G or A category has changed.")
                .exit("Review recorded; changes agreed with the person and the GP; sick-day guidance given.")
                .diagnostics("Potassium and eGFR 1 to 2 weeks after starting or increasing an ACE inhibitor or ARB", true)
                .prescribing("GP practice. Offer an ACE inhibitor or ARB, increased to the highest licensed dose the "
                        + "person tolerates, when ACR is over 3 mg/mmol with diabetes, over 30 mg/mmol with "
                        + "hypertension, or 70 mg/mmol or more in anyone. Offer an SGLT2 inhibitor where NICE "
                        + "recommends it. Offer atorvastatin 20 mg to prevent cardiovascular disease.")
                .timescale("Within 4 weeks of coding")
                .forPatients("A pharmacist from your practice team will go through your medicines with you, by phone "
                        + "or in person. Some medicines protect your kidneys and heart; a few can harm the kidneys and "
                        + "may be changed. You will be given a card that says which tablets to pause if you are ill "
                        + "with vomiting, diarrhoea or a fever and cannot keep fluids down, and when to start them again.")
                .evidence("- NICE NG203: pharmacotherapy for CKD\n"
                        + "- NICE TA775, Dapagliflozin for treating chronic kidney disease (2022)")
                .links(NG203)
                .fields();
    }

    private static StepFields askTheEClinic() {
        return step("Ask the kidney e-clinic", PRIMARY)
                .responsible("Named GP")
                .description("When a patient meets a referral criterion, or the GP is unsure what to do next, the GP "
                        + "asks the e-clinic instead of sending a routine referral. The consultant reads the shared "
                        + "record directly, so the request needs the question rather than a summary of the notes.\n\n"
                        + "Practices also receive an automatic alert when a routine blood test shows a patient's "
                        + "kidney function falling quickly, and act on it within 2 working days.")
                .entry("A referral criterion is met (see the hand-over to the e-clinic), or the GP wants a "
                        + "specialist's advice about a patient with CKD. Urgent problems take the urgent route instead.")
                .exit("Request sent with a clear question.")
                .diagnostics("Recent eGFR, ACR, blood pressure and full blood count before asking, so the consultant "
                        + "can answer without sending for more", true)
                .prescribing("GP practice, unchanged until the advice arrives")
                .timescale("Within 2 weeks of a criterion being met")
                .forPatients("Your GP may ask a kidney specialist at Northgate Hospital to look at your records and test "
                        + "results and advise on your care. You do not need to go to the hospital for this. Your GP "
                        + "will tell you they have asked, and let you know what the specialist advised.")
                .evidence("- BMA, Caring, supportive, collaborative (2019), box 24: in Tower Hamlets a kidney e-clinic "
                        + "cut the average wait for a face-to-face appointment from 64 days in 2015 to 5 in 2017")
                .fields();
    }

    private static StepFields eClinicReview(String interimNote) {
        return step("Consultant review in the e-clinic", SECONDARY)
                .responsible("Consultant nephrologist on the e-clinic rota, Northgate Hospitals")
                .description("A consultant nephrologist reviews each request against the GP record and results, and "
                        + "replies to the practice with one of three outcomes:\n\n"
                        + "1. **Advice only**: a management plan that the practice carries out.\n"
                        + "2. **Tests first**: tests close to home, then a second look.\n"
                        + "3. **See in clinic**: an appointment in the renal clinic, booked by the hospital.\n\n"
                        + "The reply says who does what next, including who acts on any test the consultant asks for.")
                .entry("A request from a GP practice.")
                .exit("Written advice sent to the practice and kept in the shared record.")
                .diagnostics("Any tests the consultant asks for are done close to home, and the consultant acts on "
                        + "the results", true)
                .prescribing("Advice to the GP; the consultant does not prescribe at this step")
                .timescale("Advice within 10 working days")
                .forPatients("A kidney specialist looks at your records and writes to your GP with advice, usually "
                        + "within two weeks. Most people can then be looked after by their own practice. If the "
                        + "specialist needs to see you, the hospital will contact you directly with an appointment.")
                .evidence("- NICE NG203: referral criteria\n"
                        + "- BMA, Caring, supportive, collaborative (2019), box 24: the Tower Hamlets kidney e-clinic")
                .interimNote(interimNote)
                .links(NG203)
                .fields();
    }

    private static StepFields renalClinic() {
        return step("Renal clinic assessment", SECONDARY)
                .responsible("Consultant nephrologist's team, Northgate Hospitals renal clinic")
                .description("A first face-to-face assessment for people the e-clinic or the urgent route sends on. The "
                        + "clinic looks for the cause, estimates the risk of kidney failure and agrees a plan with the "
                        + "patient, starting from what matters to them: treatment, preparing for dialysis or a "
                        + "transplant, or conservative care.")
                .entry("The e-clinic's outcome is \u201csee in clinic\u201d, or the renal registrar accepted the patient "
                        + "through the urgent route.")
                .exit("Cause and risk recorded; plan agreed with the patient; clinic letter sent to the practice and "
                        + "the patient.")
                .diagnostics("- Kidney ultrasound, done close to home (see \u201cTests close to home\u201d)\n"
                        + "- Immunology and protein studies where the cause is unclear\n"
                        + "- Kidney biopsy, in hospital, when needed", false)
                .prescribing("The renal team, for medicines it starts, until shared care is agreed")
                .timescale("Routine: within 6 weeks of the e-clinic's decision. Urgent: within 2 weeks")
                .forPatients("At your first clinic appointment a member of the kidney team will talk with you about "
                        + "what is causing your kidney disease, how it may change and the choices for treatment. "
                        + "Please bring a list of your medicines. You may be asked to have a scan or more tests; most "
                        + "can be done near your home. You will receive a copy of the letter sent to your GP.")
                .evidence("- NICE NG203: risk assessment and referral\n"
                        + "- NICE NG107, Renal replacement therapy and conservative management (2018)")
                .links(NG203)
                .fields();
    }

    private static StepFields ultrasound() {
        return step("Kidney ultrasound at the community diagnostic centre", COMMUNITY)
                .responsible("East Place community diagnostic centre (imaging)")
                .description("An ultrasound of the kidneys and bladder, asked for by the e-clinic consultant or the "
                        + "renal clinic and done at the community diagnostic centre, so the patient does not travel "
                        + "to Northgate. The report is in the shared record for the practice and the renal team, "
                        + "whoever asked for it.")
                .entry("A request from the consultant nephrologist (e-clinic or clinic).")
                .exit("Scan done and reported; the consultant who asked for it has acted on the report.")
                .diagnostics("Renal tract ultrasound", true)
                .timescale("Scan within 6 weeks of the request; report within 3 working days")
                .forPatients("You will be offered a scan at the East Place community diagnostic centre. It takes about "
                        + "15 minutes and does not hurt; you may be asked to drink some water beforehand. The specialist "
                        + "who asked for the scan will look at the result and make sure you and your GP know what it "
                        + "shows.")
                .evidence("- BMA, Supporting effective collaboration between primary, secondary and community care "
                        + "(2020), section 2: diagnostics in the community, and the clinician who requests a test "
                        + "handles its result unless agreed otherwise")
                .fields();
    }

    private static StepFields localBloodTests() {
        return step("Blood and urine tests at a local clinic", COMMUNITY)
                .responsible("Community phlebotomy service; district nurses for people who are housebound")
                .description("Monitoring bloods and urine tests for people under the renal team are taken at a local "
                        + "phlebotomy clinic, or at home by the district nursing team for people who cannot get out. "
                        + "Results go to whoever asked for the test and are visible to both the practice and the "
                        + "renal team.")
                .entry("A request from the practice or the renal team that gives the reason and who will act on the "
                        + "result.")
                .exit("Sample taken; result in the shared record.")
                .diagnostics("Urea and electrolytes with eGFR, full blood count, bone profile, bicarbonate and urine "
                        + "ACR, as requested", true)
                .timescale("Within 5 working days of the request; the same week after starting an ACE inhibitor or ARB")
                .forPatients("You can have your blood tests at a clinic near you rather than at the hospital. If you "
                        + "cannot leave home, a nurse will visit you. Whoever asked for the test will contact you if "
                        + "anything needs to change.")
                .fields();
    }

    private static StepFields specialistPlan() {
        return step("Agree the specialist treatment plan", SECONDARY)
                .responsible("Consultant nephrologist")
                .description("For people who need specialist treatment, such as for anaemia caused by kidney disease, "
                        + "bone and mineral problems, treatment of inflammation in the kidneys, or preparation for "
                        + "dialysis or a transplant. The renal team agrees the plan with the patient and writes it "
                        + "down for everyone involved, including which medicines the hospital keeps prescribing and "
                        + "which it asks the practice to take over under shared care.")
                .entry("The clinic assessment shows specialist treatment is needed.")
                .exit("Plan in the shared record; shared-care requests sent where they apply.")
                .diagnostics("Haemoglobin and iron studies, calcium, phosphate and parathyroid hormone, as the plan "
                        + "sets out", true)
                .prescribing("The renal team prescribes specialist-only medicines, such as erythropoiesis-stimulating "
                        + "agents, delivered to the patient's home. It asks the practice to take over others only "
                        + "under a shared-care protocol.")
                .sharedCare("East Place renal shared-care protocols, agreed by the Area Prescribing Committee")
                .timescale("Plan agreed at the clinic visit; clinic letter within 7 days")
                .forPatients("If you need specialist treatment, the kidney team will explain it and agree it with you. "
                        + "Some medicines come from the hospital and are delivered to your home; your GP will "
                        + "prescribe others once the hospital and your practice have agreed. You will always know "
                        + "who to contact about each medicine.")
                .evidence("- NICE NG203\n- NICE NG8, Chronic kidney disease: managing anaemia")
                .fields();
    }

    private static StepFields sharedCarePrescribing() {
        return step("Shared-care prescribing in general practice", PRIMARY)
                .responsible("Named GP, with the PCN clinical pharmacist")
                .description("The practice takes over prescribing and monitoring of a medicine the renal team "
                        + "started, once the patient is on a stable dose and the practice has accepted the "
                        + "shared-care request. The protocol says what to monitor, how often, and when to ask the "
                        + "renal team for advice or hand prescribing back.")
                .entry("A shared-care request from the renal team for a patient on a stable dose.")
                .exit("The practice prescribes and monitors as the protocol says; the renal team knows it has taken over.")
                .diagnostics("Monitoring tests as the protocol sets out, booked by the practice", true)
                .prescribing("GP practice, under the protocol. The renal team stays responsible for deciding to "
                        + "continue, change or stop the medicine.")
                .sharedCare("East Place renal shared-care protocols, agreed by the Area Prescribing Committee")
                .timescale("The practice replies to a shared-care request within 14 days")
                .forPatients("Once your treatment has settled, your GP practice may take over prescribing it so that "
                        + "you can collect it locally. They will do this only once they have agreed it with the "
                        + "hospital, and they will arrange any blood tests you need. If there is a problem with the "
                        + "medicine, your practice and the kidney team will sort it out between them: you will not "
                        + "be sent back and forth.")
                .evidence("- BMA, Supporting effective collaboration between primary, secondary and community care "
                        + "(2020), section 4: prescribing across the interface\n"
                        + "- NHS England, Responsibility for prescribing between primary and secondary/tertiary care (2018)")
                .fields();
    }

    private static StepFields communityKidneyNursing() {
        return step("Community kidney nursing at home", COMMUNITY)
                .responsible("District nursing team, with the renal specialist nurses")
                .description("For people with advanced kidney disease (G4 or G5) who are housebound or have chosen "
                        + "conservative care. The district nurses visit at home to check blood pressure and fluid "
                        + "balance, take blood tests and help with medicines. For people choosing conservative care, "
                        + "they plan ahead with the person, the renal specialist nurses and the GP.")
                .entry("CKD G4 or G5 and housebound, or conservative kidney care chosen.")
                .exit("Care plan reviewed every 3 months; the person moves on to dialysis preparation or palliative "
                        + "care, or back to routine care by the practice.")
                .diagnostics("Blood tests and blood pressure at home", true)
                .prescribing("GP practice and renal team, as the plan sets out")
                .timescale("First visit within 2 weeks of the referral")
                .forPatients("If your kidney disease is advanced and it is hard for you to get out, a community nurse "
                        + "can visit you at home to check your blood pressure, take blood tests and help with your "
                        + "medicines. They work closely with the kidney team and your GP, and can help you plan ahead "
                        + "for the care you want.")
                .evidence("- NICE NG107, Renal replacement therapy and conservative management (2018)")
                .fields();
    }

    private static StepFields discharge() {
        return step("Discharge to the practice with a management plan", SECONDARY)
                .responsible("Consultant nephrologist")
                .description("When kidney function has been stable and the specialist part of care is done, the renal "
                        + "team discharges the patient to the practice with a written management plan: targets, "
                        + "monitoring, medicines and the criteria for coming back. A patient who meets a criterion "
                        + "returns through the e-clinic without starting again.")
                .entry("eGFR and ACR stable for 12 months, and no specialist treatment needed.")
                .exit("Discharge letter with the management plan sent to the practice and the patient.")
                .prescribing("Passes to the GP practice for everything listed in the plan")
                .timescale("Discharge letter within 7 days of the decision")
                .forPatients("When your kidney function has been steady for a while, the kidney team will hand your "
                        + "care back to your GP practice. You and your GP will both get a letter saying what to keep "
                        + "an eye on, and when the practice should ask the kidney team again. If things change, you "
                        + "can be seen again quickly.")
                .evidence("- NICE NG203")
                .links(NG203)
                .fields();
    }

    private static StepFields ongoingMonitoring() {
        return step("Ongoing monitoring in general practice", PRIMARY)
                .responsible("GP practice, through the CKD register")
                .description("The practice tests eGFR and ACR as often as NICE advises for the person's G and A "
                        + "categories (from once a year in early disease to several times a year in advanced "
                        + "disease), reviews blood pressure and medicines, and asks the e-clinic again when a "
                        + "criterion in the management plan is met.")
                .entry("CKD coded and not under active specialist care.")
                .exit("Continues for as long as the person has CKD; back to the e-clinic when a plan criterion is met.")
                .diagnostics("eGFR and ACR at NICE's frequency for the stage; blood pressure; a yearly medicines review",
                        true)
                .prescribing("GP practice")
                .timescale("Every 3 to 12 months, depending on the stage")
                .forPatients("Your practice will invite you for blood and urine tests, usually once or twice a year, "
                        + "and check your blood pressure and medicines. Keeping your blood pressure in its target "
                        + "range and taking your medicines as agreed are the most useful things you can do to protect "
                        + "your kidneys. Ask your practice if you have not been invited for more than a year.")
                .evidence("- NICE NG203: frequency of monitoring")
                .links(NG203)
                .fields();
    }

    private static StepFields sickDayGuidance() {
        return step("Sick-day guidance at every medicines review", PRIMARY)
                .responsible("Practice pharmacist or GP")
                .description("At each medicines review the practice explains which medicines to pause during an "
                        + "illness with vomiting, diarrhoea or fever (for example ACE inhibitors, ARBs, diuretics, "
                        + "metformin and NSAIDs), and when to restart them, and gives a sick-day card.")
                .entry("A person on the CKD register who takes a medicine that is risky when dehydrated.")
                .exit("The person has the card and knows when to restart each medicine.")
                .diagnostics("", false)
                .prescribing("GP practice")
                .timescale("At every medicines review")
                .forPatients("If you are ill and cannot keep fluids down, some of your medicines may need a short "
                        + "pause. Your practice will tell you which ones, give you a card to keep, and tell you when "
                        + "to start them again.")
                .evidence("- Think Kidneys: sick-day guidance in the community")
                .links(NG203)
                .fields();
    }

    private static byte[] leaflet() {
        try (InputStream in = DemoKidneyPathway.class.getResourceAsStream(LEAFLET)) {
            return Objects.requireNonNull(in, LEAFLET).readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
