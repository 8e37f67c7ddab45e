package org.joinedup.pathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.PublishedPathway;
import org.joinedup.testing.FieldSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every field of the two lists reaches the export: changing only that field changes the PlanDefinition. */
class PlanDefinitionFieldsTest {

    private static final FhirContext fhir = FhirContext.forR4Cached();

    @ParameterizedTest
    @EnumSource(StepField.class)
    void each_field_of_a_step_is_exported(StepField field) {
        String before = export(FieldSamples.STEP, FieldSamples.HANDOVER);
        String after = export(FieldSamples.changing(field, FieldSamples.STEP), FieldSamples.HANDOVER);

        assertThat(after).isNotEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(HandoverField.class)
    void each_field_of_a_hand_over_is_exported_in_its_extension(HandoverField field) {
        String after = export(FieldSamples.STEP, FieldSamples.changing(field, FieldSamples.HANDOVER));

        assertThat(after).isNotEqualTo(export(FieldSamples.STEP, FieldSamples.HANDOVER))
                .contains(JoinedUpFhir.extension(field));
    }

    private static String export(StepFields first, HandoverFields handover) {
        PublishedPathway pathway = PlanDefinitionMapperTest.diabetesFootPathway();
        Step from = new Step(PlanDefinitionMapperTest.REFERRAL, first);
        Step to = new Step(PlanDefinitionMapperTest.CLINIC, StepFields.titled("Foot clinic", CareSetting.SECONDARY));
        PathwaySnapshot content = new PathwaySnapshot(List.of(new Stage("screening", "Screening", List.of(from, to))),
                List.of(new Handover("referral", from.key(), to.key(), handover)));
        return PlanDefinitionMapper.toJson(fhir, new PublishedPathway(pathway.workspaceId(), pathway.title(),
                pathway.condition(), pathway.locality(), pathway.version(), content));
    }
}
