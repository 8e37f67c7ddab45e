package org.joinedup.identity.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional organisations and people, seeded once into an empty database when the
 * {@code demo} profile is active: an organisation of every kind, somebody in every role
 * and every care setting. All share one demo password.
 */
@Component
@Profile("demo")
@Order(0)
public class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
    private static final String DOMAIN = "@demo.joinedup.example";

    /** A demo sign-in, as listed on start-up and in the README. */
    public record DemoAccount(String email, String displayName, Set<Role> roles, CareSetting careSetting) {
    }

    private record DemoOrganisation(String name, OrganisationKind kind) {
    }

    private record DemoPerson(String localPart, String displayName, String organisation, Set<Role> roles,
            CareSetting careSetting, String profession) {
    }

    private static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("Riverside Medical Practice", OrganisationKind.GP_PRACTICE),
            new DemoOrganisation("East Place Primary Care Network", OrganisationKind.PRIMARY_CARE_NETWORK),
            new DemoOrganisation("Northgate Hospitals NHS Foundation Trust", OrganisationKind.ACUTE_TRUST),
            new DemoOrganisation("Eastshire Community Health NHS Trust", OrganisationKind.COMMUNITY_PROVIDER),
            new DemoOrganisation("Eastshire Mental Health NHS Trust", OrganisationKind.MENTAL_HEALTH_TRUST),
            new DemoOrganisation("Eastshire County Council", OrganisationKind.LOCAL_AUTHORITY),
            new DemoOrganisation("Eastshire ICB, East Place", OrganisationKind.ICB_PLACE),
            new DemoOrganisation("Eastshire Local Medical Committee", OrganisationKind.LMC),
            new DemoOrganisation("Northgate Local Negotiating Committee", OrganisationKind.LNC),
            new DemoOrganisation("East Place Kidney Patients' Group", OrganisationKind.PATIENT_GROUP));

    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("admin", "Alex Morgan", "Eastshire ICB, East Place", Set.of(Role.ADMIN), null, null),
            new DemoPerson("gp", "Dr Priya Shah", "Riverside Medical Practice", Set.of(Role.CLINICIAN),
                    CareSetting.PRIMARY, "General practitioner"),
            new DemoPerson("locum", "Dr Owen Price", "Riverside Medical Practice", Set.of(Role.CLINICIAN),
                    CareSetting.PRIMARY, "Locum general practitioner"),
            new DemoPerson("pharmacist", "Daniel Hughes", "East Place Primary Care Network", Set.of(Role.CLINICIAN),
                    CareSetting.PRIMARY, "Clinical pharmacist"),
            new DemoPerson("lmc", "Dr Ben Carter", "Eastshire Local Medical Committee", Set.of(Role.CLINICIAN),
                    CareSetting.PRIMARY, "General practitioner, LMC representative"),
            new DemoPerson("consultant", "Dr Tomi Okafor", "Northgate Hospitals NHS Foundation Trust",
                    Set.of(Role.CLINICIAN), CareSetting.SECONDARY, "Consultant nephrologist"),
            new DemoPerson("lnc", "Dr Aisha Khan", "Northgate Local Negotiating Committee", Set.of(Role.CLINICIAN),
                    CareSetting.SECONDARY, "Consultant geriatrician, LNC representative"),
            new DemoPerson("nurse", "Jo Williams", "Eastshire Community Health NHS Trust", Set.of(Role.CLINICIAN),
                    CareSetting.COMMUNITY, "District nurse"),
            new DemoPerson("mentalhealth", "Sam Reid", "Eastshire Mental Health NHS Trust", Set.of(Role.CLINICIAN),
                    CareSetting.MENTAL_HEALTH, "Community mental health nurse"),
            new DemoPerson("socialcare", "Maria Costa", "Eastshire County Council", Set.of(Role.CLINICIAN),
                    CareSetting.SOCIAL_CARE, "Social worker"),
            new DemoPerson("publichealth", "Dr Chen Li", "Eastshire County Council", Set.of(Role.CLINICIAN),
                    CareSetting.PUBLIC_HEALTH, "Consultant in public health"),
            new DemoPerson("qilead", "Helen Brooks", "Northgate Hospitals NHS Foundation Trust",
                    Set.of(Role.QI_LEAD, Role.CLINICIAN), CareSetting.SECONDARY, "Quality improvement lead, physiotherapist"),
            new DemoPerson("facilitator", "Ravi Patel", "Eastshire Mental Health NHS Trust",
                    Set.of(Role.ROUND_FACILITATOR, Role.CLINICIAN), CareSetting.MENTAL_HEALTH, "Clinical psychologist"),
            new DemoPerson("moderator", "Lucy Evans", "Eastshire ICB, East Place", Set.of(Role.MODERATOR), null,
                    "Patient engagement officer"),
            new DemoPerson("patient", "Margaret Hill", "East Place Kidney Patients' Group",
                    Set.of(Role.PATIENT_PARTNER), null, null));

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;

    DemoPeople(OrganisationRepository organisations, PersonRepository people, PasswordEncoder passwordEncoder,
            Clock clock, @Value("${joinedup.demo.password}") String password) {
        this.organisations = organisations;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.count() > 0 || people.count() > 0) {
            return;
        }
        Map<String, Organisation> byName = ORGANISATIONS.stream()
                .map(o -> organisations.save(new Organisation(o.name(), o.kind())))
                .collect(Collectors.toMap(Organisation::name, Function.identity()));
        String hash = passwordEncoder.encode(password);
        for (DemoPerson p : PEOPLE) {
            people.save(new Person(p.localPart() + DOMAIN, p.displayName(), hash, byName.get(p.organisation()),
                    p.roles(), p.careSetting(), p.profession(), clock.instant()));
        }
        log.info("Seeded demo data: {} organisations, {} people", ORGANISATIONS.size(), PEOPLE.size());
    }

    public List<DemoAccount> accounts() {
        return PEOPLE.stream()
                .map(p -> new DemoAccount(p.localPart() + DOMAIN, p.displayName(), p.roles(), p.careSetting()))
                .toList();
    }

    public String password() {
        return password;
    }
}
