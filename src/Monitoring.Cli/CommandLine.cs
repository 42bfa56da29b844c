using Monitoring.Cli.Commands;

namespace Monitoring.Cli;

/// <summary>Dispatches <c>monitoring VERB ...</c> to the command that owns the verb.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: monitoring COMMAND [ARGS]

        Offline:
          parse FILE|URL...            print one JSON line per feed (title, link, items)
          conformance DIR              score the feed parser against a gofeed-style testdata folder
          eval DIR                     score extraction (and alerts) against an evaluation corpus
          read FILE...                 what the reader finds in an article: actors, measures, fingerprint

        Against a running silo (MONITORING_URL, default http://localhost:5000):
          sources list                 list sources with their health
          sources add URL [URL...]     register feeds
          sources show ID              one source with its health
          sources remove ID            delete a source
          sources poll ID              poll a source now
          sources import FILE.opml     import an OPML list
          sources export               print the OPML list of all sources
          articles [--source ID] [--since ISO8601] [--limit N]
          topics list                  list topics
          topics add ID NAME [--all A,B] [--any C,D] [--keywords k1,k2] [--types t1,t2] [--min-outlets N]
          topics update ID NAME [...]  replace a topic's definition (applies to new articles; replay for the past)
          topics show|remove ID        one topic; delete a topic
          topics alerts ID [AFTER]     the topic's alerts after a sequence number
          topics story ID [ASOF]       the story as it stood at a date (now by default)
          topics replay ID             rebuild the story and its alerts from the archive, showing progress
          subscriptions list|show ID|remove ID
          subscriptions add TOPIC (--webhook URL [--secret S] | --stream) [--kinds k1,k2] [--types t1,t2]
                        [--actors A,B] [--min-status S] [--min-corroboration N]
          subscriptions update ID TOPIC ...           replace a subscription's definition
          subscriptions dead-letters|replay-dead ID   inspect or redeliver what could not be delivered
          keys list|add NAME operator|subscriber|remove ID
          listen TOPIC [--after SEQ]   print the topic's alerts as they come (live stream)

        The API key is read from MONITORING_KEY.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "parse" => await ParseCommand.RunAsync(rest, stdout, stderr),
                "conformance" => await ConformanceCommand.RunAsync(rest, stdout, stderr),
                "eval" => await EvalCommand.RunAsync(rest, stdout, stderr),
                "read" => await ReadCommand.RunAsync(rest, stdout, stderr),
                "sources" => await SourcesCommand.RunAsync(rest, stdout, stderr),
                "articles" => await ArticlesCommand.RunAsync(rest, stdout, stderr),
                "topics" => await TopicsCommand.RunAsync(rest, stdout, stderr),
                "subscriptions" => await SubscriptionsCommand.RunAsync(rest, stdout, stderr),
                "keys" => await KeysCommand.RunAsync(rest, stdout, stderr),
                "listen" => await ListenCommand.RunAsync(rest, stdout, stderr, ct),
                _ => await UnknownAsync(args[0], stderr),
            };
        }
        catch (CommandException e)
        {
            await stderr.WriteLineAsync($"monitoring {args[0]}: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> UnknownAsync(string verb, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"monitoring: unknown command '{verb}'\n\n{Usage}");
        return 2;
    }
}

/// <summary>A usage or input error the user can fix; printed without a stack trace.</summary>
public sealed class CommandException(string message) : Exception(message);
