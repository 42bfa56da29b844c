using System.Globalization;
using System.Text;

namespace Monitoring.Cli;

/// <summary>One subcommand: its name ("" for a command that has none), its arguments, what it does.</summary>
internal sealed record Verb(string Name, string Arguments, string Summary);

/// <summary>A command's help: printed for <c>monitoring CMD --help</c>, and one verb's for <c>monitoring CMD VERB --help</c>.</summary>
internal sealed record CommandHelp(string Name, string Summary, bool Offline, IReadOnlyList<Verb> Verbs, string? Notes = null)
{
    public Verb? Find(string verb) => Verbs.FirstOrDefault(v => v.Name == verb);

    public string Usage()
    {
        var text = new StringBuilder();
        if (Verbs is [{ Name: "" } only])
        {
            text.AppendLine(("usage: monitoring " + Name + " " + only.Arguments).TrimEnd()).AppendLine().AppendLine("  " + only.Summary);
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"usage: monitoring {Name} SUBCOMMAND [ARGS]").AppendLine().AppendLine(CultureInfo.InvariantCulture, $"  {Summary}").AppendLine();
            var width = Verbs.Max(v => v.Name.Length);
            foreach (var v in Verbs)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {v.Name.PadRight(width)}  {v.Summary}");
            }
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"  monitoring {Name} SUBCOMMAND --help shows a subcommand's arguments.");
        }
        if (Notes is not null)
        {
            text.AppendLine().AppendLine(Notes);
        }
        return text.ToString().TrimEnd();
    }

    public string Usage(Verb verb) => string.Join(' ', new[] { "usage: monitoring", Name, verb.Name, verb.Arguments }.Where(w => w.Length > 0))
        + $"\n\n  {verb.Summary}"
        + (Notes is null ? "" : $"\n\n{Notes}");
}

/// <summary>The help of every command, in the order the top-level usage lists them.</summary>
internal static class Help
{
    private const string JsonNote = "  --json prints the API's JSON instead of a table (UTF-8, only the escapes JSON needs).";

    public static readonly IReadOnlyList<CommandHelp> Commands =
    [
        new("sources", "Feeds: register, inspect, poll, import and export.", false,
        [
            new("list", "[--state new|active|failing|dead] [--search WORDS]", "list sources with their health (the first 1,000), of one state or with every word in the URL or title"),
            new("add", "URL [URL...] [--title TITLE] [--no-validate]",
                "register feeds; each is fetched and parsed first and refused with the reason when it is not a feed (--no-validate registers it anyway)"),
            new("show", "ID", "one source with its health"),
            new("remove", "ID", "forget a source (its archived articles stay)"),
            new("poll", "ID | --all [--state new|active|failing|dead] [--host HOST]",
                "poll a source now, or every source (or those of a state or host) showing progress; exits 1 when a poll failed"),
            new("polls", "ID", "the source's recent polls, newest first: time, result, HTTP status, new articles, duration, error"),
            new("import", "FILE.opml", "import an OPML list (not checked; exits 1 when some outlines were refused)"),
            new("export", "", "print the OPML list of all sources"),
        ], JsonNote),
        new("articles", "Archived articles, newest first.", false,
        [
            new("", "[--source ID] [--since ISO8601] [--limit N]", "archived articles, newest first"),
        ], JsonNote),
        new("topics", "Topics: what to follow, their alerts and stories.", false,
        [
            new("list", "", "list topics"),
            new("add", "ID NAME [--all A,B] [--any C,D] [--keywords k1,k2] [--types t1,t2] [--min-outlets N] [--backfill-days N] [--alert-backfill]",
                "define a topic; it is backfilled from the archive's last N days (the silo's default, 30, when not given; 0 for none), alerting subscribers for those only with --alert-backfill"),
            new("update", "ID NAME [--all A,B] [--any C,D] [--keywords k1,k2] [--types t1,t2] [--min-outlets N] [--backfill-days N] [--alert-backfill]",
                "replace a topic's definition (applies to new articles; a changed selection is backfilled as with add; replay for the whole past)"),
            new("show", "ID", "one topic's definition and its backfill"),
            new("remove", "ID", "delete a topic"),
            new("alerts", "ID [AFTER]", "the topic's alerts after a sequence number (0 by default)"),
            new("story", "ID [ASOF]", "the story (actors, measures, events) as it stood at a date, now by default"),
            new("replay", "ID", "rebuild the story and its alerts from the archive, showing progress; exits 1 when it failed"),
        ], JsonNote),
        new("subscriptions", "Subscriptions: where a topic's alerts go, and how their delivery stands.", false,
        [
            new("list", "", "your subscriptions (an operator's: all) with delivered, pending and failing counts"),
            new("add", "TOPIC (--webhook URL [--secret S] | --stream) [--kinds k1,k2] [--types t1,t2] [--actors A,B] [--min-status S] [--min-corroboration N] [--ordered] [--after N]",
                "subscribe to a topic's alerts (a webhook secret is made when none is given, and shown once); --ordered holds later alerts back while one is in retry; --after N also sends a webhook the alerts already raised after sequence N (0: the story so far)"),
            new("update", "ID TOPIC (--webhook URL [--secret S] | --stream) [filters as for add]", "replace a subscription's definition"),
            new("show", "ID", "one subscription with its delivery state"),
            new("remove", "ID", "delete a subscription"),
            new("dead-letters", "ID", "what could not be delivered within the horizon"),
            new("replay-dead", "ID", "deliver the dead letters again"),
        ], JsonNote),
        new("keys", "API keys (operator only); a key is shown once.", false,
        [
            new("list", "", "list keys (names and roles, never the keys)"),
            new("add", "NAME operator|subscriber", "make a key and print it once"),
            new("remove", "ID", "delete a key with its subscriptions (the last operator key cannot be deleted)"),
        ], JsonNote),
        new("stats", "The overview's counts.", false,
        [
            new("", "", "sources by state, articles in the last 24 hours, alerts in the last 14 days, deliveries pending, subscriptions failing, dead letters, silos up"),
        ], JsonNote),
        new("listen", "Alerts as they happen.", false,
        [
            new("", "TOPIC [--after SEQ]", "print the topic's alerts as they come (live stream) until interrupted; --json prints one JSON line each"),
        ]),
        new("parse", "Parse feeds offline.", true,
        [
            new("", "FILE|URL...", "print one JSON line per feed: {file,title,link,items:[{id,title,link,published}]} or {file,error}; exits 1 when one failed"),
        ]),
        new("conformance", "Score the feed parser.", true,
        [
            new("", "DIR [--misses]", "score the feed parser against a gofeed-style testdata folder"),
        ]),
        new("eval", "Score reading and alerting.", true,
        [
            new("", "DIR [--min-f1 X]", "score extraction (and alerts) against an evaluation corpus; one JSON object on stdout, differences on stderr; exits 1 when an F1 is below X"),
        ]),
        new("read", "Read articles offline.", true,
        [
            new("", "FILE...", "what the reader finds in an article: actors, measures, fingerprint (JSON)"),
        ]),
    ];

    public static CommandHelp? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    public static string TopLevel()
    {
        var text = new StringBuilder("usage: monitoring COMMAND [SUBCOMMAND] [ARGS] [--json]\n\n");
        text.AppendLine("Against a running silo (MONITORING_URL, default http://localhost:5000; key in MONITORING_KEY):");
        foreach (var c in Commands.Where(c => !c.Offline))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {c.Name,-14} {c.Summary}");
        }
        text.AppendLine().AppendLine("Offline:");
        foreach (var c in Commands.Where(c => c.Offline))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {c.Name,-14} {c.Summary}");
        }
        text.Append("""

            Options:
              --json          print the API's JSON instead of tables (for scripts)
              -h, --help      help for any command or subcommand: monitoring sources --help, monitoring sources add --help

            Exit codes: 0 done; 1 the silo refused or the operation failed; 2 wrong usage; 3 no silo at MONITORING_URL.
            """);
        return text.ToString();
    }
}
