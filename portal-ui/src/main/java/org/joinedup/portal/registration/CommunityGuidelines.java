package org.joinedup.portal.registration;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The rules everyone agrees to before joining, shown open beside the box that accepts them. */
class CommunityGuidelines extends Details {

    CommunityGuidelines() {
        super("Community guidelines");
        addClassName("guidelines");
        add(new Paragraph("JoinedUp brings patients, carers and staff together to improve local care. "
                        + "To keep it a safe and useful place:"),
                new UnorderedList(
                        new ListItem("Be kind and respectful. Everyone here is giving their time to make care "
                                + "better; disagree with ideas, not with people."),
                        new ListItem("Keep health details private, yours and everyone else's. Do not post "
                                + "anything that could identify a patient, such as a name with health details, "
                                + "an NHS number, a date of birth, an address, a phone number or a photo. "
                                + "Posts that seem to contain these are held until a moderator has checked them."),
                        new ListItem("No advertising, selling or fundraising, and no promoting products or "
                                + "services."),
                        new ListItem("This is not the place for medical advice or emergencies. If you need "
                                + "help with your health, contact your GP or NHS 111; in an emergency call 999."),
                        new ListItem("Moderators may hide posts that break these guidelines, and may suspend "
                                + "the accounts of people who keep breaking them.")));
        setOpened(true);
    }
}
