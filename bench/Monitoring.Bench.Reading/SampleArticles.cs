using System.Text;
using Monitoring.Extraction;

namespace Monitoring.Bench.Reading;

/// <summary>
/// Deterministic sanction-news articles of about 3 KB (the size of the evaluation corpus's),
/// made from sentence patterns over varied imposers, targets and people, with site furniture.
/// </summary>
internal static class SampleArticles
{
    private static readonly string[] Imposers = ["Japan", "the United Kingdom", "the European Union", "Canada", "Australia", "the United States", "Switzerland", "South Korea"];
    private static readonly string[] Targets = ["Russia", "Iran", "North Korea", "Belarus", "Syria", "Myanmar"];
    private static readonly string[] Demonyms = ["Russian", "Iranian", "North Korean", "Belarusian", "Syrian", "Burmese"];
    private static readonly string[] People = ["Foreign Minister Anna Lindqvist", "Prime Minister Kenji Morimoto", "Trade Secretary Paul Hargreaves", "President Elena Marquez"];

    private static readonly string[] Patterns =
    [
        "{I} said on Tuesday it will freeze the assets of {N} more {D} individuals and ban exports to {M} {D} organizations.",
        "{P} told reporters that {I} is considering further sanctions against {T} over its missile programme.",
        "{I} has already imposed sanctions on {T}, including restrictions on imports of {T2} oil and coal.",
        "The move follows a meeting of finance ministers at which officials discussed a price cap on {D} crude.",
        "{T} retaliated by expelling {N} diplomats and putting {I} on its list of unfriendly countries.",
        "Analysts said the measures would have a limited effect on the economy, which has adapted to earlier restrictions.",
        "{I} also banned {D} banks from the SWIFT messaging system and barred new investment in the energy sector.",
        "Officials in {I} said visa-free travel for {D} citizens would be suspended from next month.",
        "\"We will continue to coordinate closely with our partners,\" {P} said at a news conference.",
        "Trade between the two countries fell by a third last year, according to customs data.",
    ];

    public static List<ArticleInput> Make(int count, int seed = 42)
    {
        var random = new Random(seed);
        var list = new List<ArticleInput>(count);
        for (var a = 0; a < count; a++)
        {
            var target = random.Next(Targets.Length);
            var sb = new StringBuilder("Share\nLog in\n");
            while (sb.Length < 3000)
            {
                var line = Patterns[random.Next(Patterns.Length)]
                    .Replace("{I}", Imposers[random.Next(Imposers.Length)], StringComparison.Ordinal)
                    .Replace("{T2}", Demonyms[random.Next(Demonyms.Length)], StringComparison.Ordinal)
                    .Replace("{T}", Targets[target], StringComparison.Ordinal)
                    .Replace("{D}", Demonyms[target], StringComparison.Ordinal)
                    .Replace("{P}", People[random.Next(People.Length)], StringComparison.Ordinal)
                    .Replace("{N}", random.Next(2, 60).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{M}", random.Next(2, 90).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                sb.Append(char.ToUpperInvariant(line[0])).Append(line.AsSpan(1)).Append('\n');
            }
            sb.Append("You may also like\nCopyright 2026 Example News. All rights reserved.\n");
            list.Add(new ArticleInput
            {
                Url = $"https://news{a % 7}.example.org/{a}",
                Title = $"Sanctions on {Targets[target]}, article {a}",
                Published = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(a),
                Body = sb.ToString(),
            });
        }
        return list;
    }
}
