/** Published pathways exported as HL7 FHIR R4 PlanDefinition resources, so other systems can read them. */
package org.joinedup.pathway.fhir;
