namespace Monitoring.Extraction.Actors;

/// <summary>Names of the countries and blocs most met in sanction news as other languages write them, so that articles in those languages still resolve.</summary>
internal static class ForeignNames
{
    public static readonly (string Name, string[] Forms)[] Forms =
    [
        ("Russia", ["Россия", "России", "Россию", "Russland", "Russie", "Rusia", "Rússia", "Росія", "Росії"]),
        ("Japan", ["Япония", "Японии", "Японія", "Японії", "Japon", "Japón", "Giappone"]),
        ("Ukraine", ["Украина", "Украины", "Україна", "України", "Ucrania", "Ucraina"]),
        ("United States", ["США", "Vereinigte Staaten", "États-Unis", "Estados Unidos", "Stati Uniti"]),
        ("China", ["Китай", "Китая", "Chine", "Cina"]),
        ("North Korea", ["КНДР", "Nordkorea", "Corée du Nord", "Corea del Norte", "Corea del Nord"]),
        ("Iran", ["Иран", "Ирана", "Irán"]),
        ("Germany", ["Германия", "Deutschland", "Allemagne", "Alemania"]),
        ("United Kingdom", ["Великобритания", "Großbritannien", "Royaume-Uni", "Reino Unido"]),
        ("France", ["Франция", "Frankreich", "Francia"]),
        ("Belarus", ["Беларусь", "Белоруссия", "Weißrussland", "Biélorussie", "Bielorrusia"]),
    ];
}
