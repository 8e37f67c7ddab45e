package org.joinedup.forums.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * How people treat each other in the forums, what moderators do and how to disagree with
 * them. Open to everyone signed in: the forums are only for signed-in people, and the page sits
 * in the portal's layout beside them.
 */
@Route("forums/guidelines")
@PageTitle("Community guidelines | JoinedUp")
@PermitAll
public class CommunityGuidelinesView extends VerticalLayout {

    CommunityGuidelinesView() {
        addClassName("page");
        setMaxWidth("48rem");
        add(new H1("Community guidelines"),
                new Paragraph("The forums are where patients, carers, clinicians and the people who run services "
                        + "talk about how care works and how it could work better. Everyone here is giving their "
                        + "time. These guidelines keep it a place where people feel safe to say what they think."),

                new H2("Be kind"),
                list("Disagree with ideas, not with people. Assume the person you are replying to means well.",
                        "Remember that some people here are writing about their own illness, or someone they love. "
                                + "Take their experience seriously, even when it is not what you expected.",
                        "No insults, mockery, harassment or discrimination of any kind.",
                        "Staff are here as colleagues: criticise a service or a decision, not a named person."),

                new H2("Keep patients unidentifiable"),
                list("JoinedUp is not a clinical record. Never post NHS numbers, dates of birth, addresses, "
                                + "phone numbers or e-mail addresses, yours or anyone else's.",
                        "When you describe what happened to a patient, change or leave out details that could "
                                + "point to them: names, exact dates, rare conditions with a place, a ward and a day.",
                        "Your own story is welcome. Share what helps others understand; keep back what you "
                                + "would not want a stranger to know.",
                        "The forums are not for urgent help. If you or someone else needs care now, contact your "
                                + "GP practice, NHS 111, or 999 in an emergency."),

                new H2("What moderators do"),
                new Paragraph("Moderators are named people who look after the forums. They read every post that is "
                        + "held before it appears: the first posts of people new to the forums, posts that might "
                        + "identify a patient, very long posts and posts with many links. They can:"),
                list("approve a post, so everyone can read it;",
                        "edit a post, for example to remove a phone number, always with a note under it saying "
                                + "that a moderator edited it and why;",
                        "hide a post, telling its author why;",
                        "lock a thread so it takes no more replies, pin a thread to the top of its forum, or hide "
                                + "a thread;",
                        "suspend someone from posting for a number of days, telling them until when and why."),
                new Paragraph("Every moderator's decision is recorded, and the author of a post is told when it is "
                        + "approved, edited or hidden."),

                new H2("How flags work"),
                new Paragraph("If a post worries you, use Flag under it and choose why. You can flag a post once, "
                        + "and not your own. A moderator reads every flagged post; the author is not told who "
                        + "flagged it. When three different people have flagged the same post, it is hidden "
                        + "straight away until a moderator has read it, and then either comes back or stays "
                        + "hidden with a reason."),

                new H2("If you disagree with a decision"),
                new Paragraph("If a moderator hid or edited your post, or suspended you, and you think they got "
                        + "it wrong, ask a JoinedUp administrator to look at it again, through the contact your "
                        + "organisation or patient group gave you. Say which post it is and why you disagree. A different moderator or an "
                        + "administrator will look at it again, read the record of what was done, and tell you "
                        + "what they decide. Appealing never counts against you."));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
