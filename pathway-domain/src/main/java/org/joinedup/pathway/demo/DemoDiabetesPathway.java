package org.joinedup.pathway.demo;

import static org.joinedup.identity.people.CareSetting.COMMUNITY;
import static org.joinedup.identity.people.CareSetting.PRIMARY;
import static org.joinedup.identity.people.CareSetting.SECONDARY;
import static org.joinedup.pathway.demo.DemoStep.step;

import org.joinedup.pathway.comments.CommentDetails;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;

/**
 * The demo's type 2 diabetes pathway, still being drafted: open to every clinician to
 * read and comment on, never proposed or published. Some steps are complete; others have
 * only a title and a note of what is still to agree, as a draft in progress would.
 */
final class DemoDiabetesPathway {

    private static final String NG28 = "https://www.nice.org.uk/guidance/ng28";
    private static final String NG19 = "https://www.nice.org.uk/guidance/ng19";

    private final DemoAuthoring demo;
    private final WorkspaceService workspaces;
    private final DraftService drafts;
    private final CommentService comments;
    private final DemoAuthoring.Author pharmacist;
    private final DemoAuthoring.Author gp;
    private final DemoAuthoring.Author lmc;
    private final DemoAuthoring.Author lnc;
    private final DemoAuthoring.Author nurse;

    DemoDiabetesPathway(DemoAuthoring demo) {
        this.demo = demo;
        this.workspaces = demo.workspaces;
        this.drafts = demo.drafts;
        this.comments = demo.comments;
        this.pharmacist = demo.author("pharmacist");
        this.gp = demo.author("gp");
        this.lmc = demo.author("lmc");
        this.lnc = demo.author("lnc");
        this.nurse = demo.author("nurse");
    }

    void write() {
        long id = pharmacist.does(() -> workspaces.create(new NewWorkspace("Type 2 diabetes", "East Place",
                WorkspaceVisibility.ALL_CLINICIANS, 24))).id();
        pharmacist.does(() -> workspaces.addMember(id, gp.id(), Membership.of(WorkspaceRole.EDITOR)));
        pharmacist.does(() -> workspaces.addMember(id, lmc.id(), Membership.representing(PRIMARY)));
        pharmacist.does(() -> workspaces.addMember(id, nurse.id(), Membership.representing(COMMUNITY)));
        pharmacist.does(() -> workspaces.addMember(id, lnc.id(), Membership.representing(SECONDARY)));
        pharmacist.does(() -> workspaces.addMember(id, demo.author("qilead").id(), Membership.of(WorkspaceRole.OBSERVER)));
        pharmacist.does(() -> workspaces.addMember(id, demo.author("patient").id(),
                Membership.of(WorkspaceRole.PATIENT_PARTNER)));

        long diagnosis = gp.does(() -> drafts.addStage(id, "Diagnosis in general practice")).id();
        long education = nurse.does(() -> drafts.addStage(id, "Learning to live with diabetes")).id();
        long community = nurse.does(() -> drafts.addStage(id, "Specialist support in the community")).id();
        long hospital = pharmacist.does(() -> drafts.addStage(id, "When hospital specialists are needed")).id();
        long yearly = gp.does(() -> drafts.addStage(id, "Every year")).id();

        StepDetails hba1c = gp.does(() -> drafts.addStep(diagnosis, diagnose()));
        StepDetails firstReview = gp.does(() -> drafts.addStep(diagnosis, firstReview()));
        StepDetails course = nurse.does(() -> drafts.addStep(education, structuredEducation()));
        StepDetails specialistNurse = nurse.does(() -> drafts.addStep(community, specialistNurse()));
        StepDetails insulin = nurse.does(() -> drafts.addStep(community, startingInsulin()));
        nurse.does(() -> drafts.addStep(community, footProtection()));
        StepDetails footService = lnc.does(() -> drafts.addStep(hospital, footService()));
        StepDetails clinic = pharmacist.does(() -> drafts.addStep(hospital, specialistClinic()));
        StepDetails annualReview = gp.does(() -> drafts.addStep(yearly, annualReview()));
        nurse.does(() -> drafts.addStep(yearly, eyeScreening()));

        gp.does(() -> drafts.addHandover(firstReview.id(), course.id(), new HandoverFields(
                "A new diagnosis of type 2 diabetes, or a person who has not yet been on a course when their annual "
                        + "review comes round.",
                "Contact details, preferred language and format (group, online or one to one), and any access needs.",
                HandoverFields.DEFAULT_PENDING_RESULTS,
                "A place offered within 4 weeks")));
        gp.does(() -> drafts.addHandover(annualReview.id(), footService.id(), new HandoverFields(
                "Any active foot problem: an ulcer, spreading infection, signs of poor blood supply, gangrene, or a "
                        + "red, hot, swollen foot that could be Charcot foot.",
                "- A photo of the wound if possible\n"
                        + "- How long it has been there, pulses, signs of infection\n"
                        + "- HbA1c, kidney function and any antibiotics already started",
                "The referring clinician for tests sent before the referral; the foot service from then on",
                "Assessed within 1 working day")));
        nurse.does(() -> drafts.addHandover(specialistNurse.id(), clinic.id(),
                HandoverFields.triggeredBy("Still to agree: when the specialist nurse refers on to the hospital clinic.")));

        lnc.does(() -> comments.addComment(hba1c.id(),
                "Please say when to use a glucose test instead of HbA1c, for example after a recent blood transfusion."));
        CommentDetails lmcQuestion = lmc.does(() -> comments.addComment(hba1c.id(),
                "Practices will want the interval for the confirmatory test spelled out for people without symptoms."));
        gp.does(() -> comments.addComment(hba1c.id(), "It is in the timescale: within 2 weeks."));
        pharmacist.does(() -> comments.resolve(lmcQuestion.id()));
        pharmacist.does(() -> comments.addComment(clinic.id(),
                "@Dr Aisha Khan could you ask the diabetes consultants at Northgate to check these suggested criteria "
                        + "before we propose the pathway?"));
        nurse.does(() -> comments.addComment(insulin.id(),
                "District nurses can give insulin but cannot adjust the dose without a plan from the specialist nurse. "
                        + "Could each neighbourhood have a named specialist nurse for this?"));
    }

    private static StepFields diagnose() {
        return step("HbA1c test and diagnosis", PRIMARY)
                .responsible("GP practice")
                .description("Type 2 diabetes is diagnosed with an HbA1c of 48 mmol/mol (6.5%) or above: with "
                        + "symptoms one result is enough; without symptoms a second test confirms it. An HbA1c of 42 "
                        + "to 47 mmol/mol means a high risk of diabetes: offer the NHS Diabetes Prevention Programme "
                        + "and test again every year.\n\n"
                        + "HbA1c is not reliable in pregnancy, in children, when type 1 diabetes is suspected, when "
                        + "symptoms began less than two months ago, during an acute illness or with some blood "
                        + "disorders: use a plasma glucose test instead.")
                .entry("Symptoms of diabetes, or a raised result from an NHS Health Check or another routine test.")
                .exit("Diabetes confirmed and coded, or a high risk of diabetes coded with a yearly recall.")
                .diagnostics("HbA1c; plasma glucose where HbA1c is not reliable", true)
                .prescribing("GP practice")
                .timescale("Confirmatory test within 2 weeks")
                .forPatients("A blood test called HbA1c shows your average blood sugar over the last two to three "
                        + "months. If it is high, we usually repeat it to be sure before talking with you about "
                        + "diabetes. If your result shows a high risk of diabetes, we can refer you to a free "
                        + "programme that helps lower that risk.")
                .evidence("- World Health Organization, Use of glycated haemoglobin (HbA1c) in the diagnosis of "
                        + "diabetes mellitus (2011)\n"
                        + "- NICE NG28, Type 2 diabetes in adults: management\n"
                        + "- NICE PH38, Type 2 diabetes: prevention in people at high risk")
                .links(NG28)
                .fields();
    }

    private static StepFields firstReview() {
        return step("First review and care plan", PRIMARY)
                .responsible("Practice nurse with a special interest in diabetes, and the GP")
                .description("A longer appointment soon after diagnosis. Agree an individual HbA1c target with the "
                        + "person, assess cardiovascular risk, start metformin when changes to diet and activity are "
                        + "not enough, and consider an SGLT2 inhibitor for people with heart failure or established "
                        + "cardiovascular disease. Register the person for eye screening and check their feet.")
                .entry("A new diagnosis of type 2 diabetes.")
                .exit("Care plan agreed; referrals made for eye screening and a structured education course.")
                .diagnostics("Cholesterol, kidney function and urine ACR, blood pressure, weight, foot check", true)
                .prescribing("GP practice")
                .timescale("Within 4 weeks of diagnosis")
                .forPatients("Soon after your diagnosis you will have a longer appointment with a nurse or doctor to "
                        + "talk about what diabetes means for you, agree your targets and decide together whether to "
                        + "start a medicine. You will also be invited for eye screening and to a free course about "
                        + "living with diabetes.")
                .evidence("- NICE NG28, Type 2 diabetes in adults: management")
                .links(NG28)
                .fields();
    }

    private static StepFields structuredEducation() {
        return step("Structured education course", COMMUNITY)
                .responsible("Community diabetes education team")
                .description("A group course, in person or online, for people newly diagnosed and for anyone who has "
                        + "not yet been on one. East Place runs daytime and evening courses, and courses in the "
                        + "languages most spoken locally.")
                .entry("Type 2 diabetes; offered at diagnosis and again at each annual review until the person has "
                        + "attended.")
                .exit("Course attended, or declined with the reason recorded.")
                .timescale("Offered at diagnosis; attended within 9 months")
                .forPatients("You will be offered a free course, with other people who have diabetes, in person or "
                        + "online. It explains how food, activity and medicines affect your blood sugar and how to look "
                        + "after yourself. You are welcome to bring a family member.")
                .evidence("- NICE NG28: structured education")
                .links(NG28)
                .fields();
    }

    private static StepFields specialistNurse() {
        return step("Community diabetes specialist nurse", COMMUNITY)
                .responsible("Community diabetes specialist nurse")
                .description("For people whose HbA1c stays above their target on two or more medicines, who have "
                        + "frequent hypoglycaemia, or whose practice would like help. The specialist nurse reviews "
                        + "treatment, runs joint clinics with practices for people with complex needs, and starts "
                        + "injectable treatment.")
                .entry("HbA1c above the agreed target on two or more medicines, repeated hypoglycaemia, or a request "
                        + "from the practice.")
                .exit("Plan returned to the practice.")
                .timescale("Seen within 6 weeks")
                .fields();
    }

    private static StepFields startingInsulin() {
        return step("Starting insulin", COMMUNITY)
                .description("Still to agree: who starts insulin for people who are housebound? District nurses give "
                        + "insulin, but adjusting the dose needs the specialist nurse. To settle with the community "
                        + "team before the pathway goes for sign-off.")
                .fields();
    }

    private static StepFields footProtection() {
        return step("Foot protection service", COMMUNITY)
                .responsible("Community podiatry (foot protection service)")
                .description("People at moderate or high risk of foot ulcers (loss of feeling, poor pulses, a change "
                        + "in foot shape, or a previous ulcer or amputation) are seen regularly for foot checks, "
                        + "treatment of skin and nail problems, advice on footwear and education.")
                .entry("Moderate or high risk at the annual foot check.")
                .exit("Risk reviewed at every visit.")
                .timescale("Moderate risk: every 3 to 6 months. High risk: every 1 to 2 months")
                .forPatients("If your feet are at higher risk, a podiatrist will check them regularly and treat any "
                        + "problems early. Check your feet every day, and contact the service the same day if you "
                        + "notice a break in the skin, swelling, redness or a change in colour.")
                .evidence("- NICE NG19, Diabetic foot problems: prevention and management")
                .links(NG19)
                .fields();
    }

    private static StepFields footService() {
        return step("Active foot problem: multidisciplinary foot service", SECONDARY)
                .responsible("Multidisciplinary foot care service, Northgate Hospitals")
                .description("Any active foot problem (an ulcer, spreading infection, signs of poor blood supply, "
                        + "gangrene, or a red, hot, swollen foot that could be Charcot foot) is referred to the "
                        + "multidisciplinary foot care service. A problem that threatens the leg or the person's life, "
                        + "such as an ulcer with fever or signs of sepsis, or gangrene, goes to hospital at once.")
                .entry("An active foot problem, found by the practice, a district nurse, a podiatrist or the person "
                        + "themselves.")
                .exit("Healed, and back to the foot protection service with a plan.")
                .diagnostics("X-ray, wound samples, blood supply assessment, MRI if bone infection is suspected", false)
                .prescribing("The foot service prescribes antibiotics for the foot problem and tells the practice")
                .timescale("Assessed within 1 working day of referral")
                .forPatients("If you have a wound or a red, hot or swollen foot, the specialist foot team at Northgate "
                        + "Hospital will see you within one working day. Quick treatment saves feet, so do not wait "
                        + "for your next routine appointment.")
                .evidence("- NICE NG19, Diabetic foot problems: prevention and management")
                .links(NG19)
                .fields();
    }

    private static StepFields specialistClinic() {
        return step("Specialist diabetes clinic", SECONDARY)
                .description("Referral criteria still to agree with the diabetes consultants. Suggested so far: "
                        + "suspected type 1 or monogenic diabetes, pregnancy or planning a pregnancy, eGFR under 30, "
                        + "and repeated severe hypoglycaemia.")
                .fields();
    }

    private static StepFields annualReview() {
        return step("Annual diabetes review", PRIMARY)
                .responsible("GP practice")
                .description("Once a year the practice completes the care processes (HbA1c, blood pressure, "
                        + "cholesterol, kidney function and urine ACR, a foot check, weight and smoking status) and "
                        + "checks that eye screening has been done. It reviews medicines, hypoglycaemia and driving, "
                        + "and mood, and updates the care plan with the person.")
                .entry("Everyone on the practice's diabetes register.")
                .exit("All care processes recorded; care plan updated; referrals made where a result calls for one.")
                .diagnostics("HbA1c, cholesterol, kidney function, urine ACR; foot risk assessment", true)
                .prescribing("GP practice")
                .timescale("Every 12 months; tests about 2 weeks before the appointment")
                .forPatients("Once a year you will have blood and urine tests, then an appointment to talk about the "
                        + "results, check your feet and weight and review your medicines. It is a good time to raise "
                        + "anything that worries you. Eye screening is a separate appointment.")
                .evidence("- NICE NG28, Type 2 diabetes in adults: management\n- National Diabetes Audit: care processes")
                .links(NG28)
                .fields();
    }

    private static StepFields eyeScreening() {
        return step("Diabetic eye screening", COMMUNITY)
                .responsible("Eastshire Diabetic Eye Screening Programme")
                .description("Photographs of the back of the eye, every year or every two years depending on earlier "
                        + "results. People with changes that need treatment are referred to the hospital eye service.")
                .entry("Everyone with diabetes aged 12 and over, from diagnosis.")
                .exit("Results sent to the person and the practice.")
                .diagnostics("Retinal photography", true)
                .timescale("Every 1 to 2 years")
                .forPatients("You will be invited to have photographs taken of the back of your eyes. Drops are used to "
                        + "widen your pupils, so your sight may be blurred for a few hours: do not drive to the "
                        + "appointment.")
                .fields();
    }
}
