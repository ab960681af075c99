package dev.triangulate.story;

/** Text-block reports written for these tests; every name and number in them is invented. */
final class StoryFixtures {

    private StoryFixtures() {
    }

    /** About 200 words on an event unrelated to any seed: a river ferry sinking in a fictional country. */
    static final String FERRY = """
            Dozens missing after ferry capsizes on the Varnel River

            At least 31 passengers are missing after an overcrowded ferry capsized on the Varnel River in \
            northern Ostrava province early on Sunday, local rescue services said.

            The wooden vessel, the Marisol Dawn, was carrying about 120 people and several motorbikes from the \
            market town of Keldport to the island villages downstream when it overturned in strong currents.

            Rescue divers had pulled 74 survivors from the water by nightfall, according to provincial governor \
            Anselm Brodeur, who said the search would continue through the night with floodlights.

            "The river is very high after a week of heavy rain and the current is dangerous for our divers," \
            Brodeur told reporters at the jetty in Keldport.

            Witnesses said the ferry began to list shortly after leaving the pier and that many passengers were \
            trapped under the canopy when it flipped. The operator, Keldport River Lines, has not commented.

            Ferry accidents are common on the Varnel, where ageing boats often carry far more passengers than \
            they are licensed for. The transport ministry has ordered an inspection of every vessel on the route \
            and suspended the operator's licence pending an investigation into the cause of the accident.
            """;

    static final String FERRY_FOLLOW_UP = """
            Divers recover bodies as Varnel River ferry toll rises

            Divers on Monday recovered eleven more bodies from the Varnel River, where the ferry Marisol Dawn \
            capsized near Keldport on Sunday, raising the confirmed death toll to 19.

            Governor Anselm Brodeur said 12 passengers were still missing and that the search area had been \
            widened to twenty kilometres downstream of the Keldport jetty.

            Survivors said the ferry was overloaded with passengers and motorbikes and listed sharply soon after \
            leaving the pier. Keldport River Lines, which operated the vessel, had its licence suspended by the \
            transport ministry, which has opened an investigation.
            """;

    static final String QUAKE_2019 = """
            Strong earthquake shakes Dravena, killing at least 14

            A magnitude 6.4 earthquake struck the mountainous east of Dravena on Tuesday, killing at least 14 \
            people and collapsing dozens of houses in the town of Meribor, the national disaster agency said.

            The quake hit at a depth of 10 kilometres. Rescue teams searched the rubble in Meribor through the \
            night, and aftershocks rattled the region into the morning.
            """;

    static final String QUAKE_2020 = """
            Earthquake in eastern Dravena kills 9, damages homes

            A magnitude 6.1 earthquake struck eastern Dravena on Thursday, killing at least nine people and \
            damaging hundreds of houses near Meribor, the national disaster agency said.

            Rescue teams searched collapsed buildings in Meribor, and aftershocks rattled the region overnight.
            """;

    static final String CHESS = """
            Teenager wins the Halvard Open chess title

            Sixteen-year-old Ilka Soravian won the Halvard Open on Saturday, beating grandmaster Teodor Vance in \
            a tense final round that lasted more than six hours.

            Soravian finished with seven and a half points from nine games, half a point ahead of Vance, and \
            takes home the winner's trophy and a place in the Candidates qualifier.
            """;

    static final String CHESS_FOLLOW_UP = """
            Soravian, 16, takes Halvard Open after marathon final against Vance

            Ilka Soravian became the youngest winner of the Halvard Open when she beat Teodor Vance in a final \
            round of more than six hours on Saturday, finishing on seven and a half points from nine games.

            The victory earns Soravian a place in the Candidates qualifier next spring.
            """;
}
