using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Measures;

/// <summary>
/// Which way a goods ban runs, from whose trade the text names: a ban on the target's own exports
/// ("the North's textile exports", "Russian exports to the United Kingdom") keeps its goods out, an
/// import ban; a cap on the target's imports ("its imports of refined oil") keeps goods from it, an
/// export ban. The UN Security Council sells nothing: exports it bans with no destination are the target's.
/// </summary>
internal static class TradeDirection
{
    private const string Anaphor = "*";

    /// <summary>The cue with its type turned round when the trade it names is the target's own.</summary>
    public static Cue Of(SentenceView s, Cue cue, string imposer, string target, bool imposerFromContext, bool importBanKnown = false)
    {
        if (cue.Type is not (MeasureTypes.ExportBan or MeasureTypes.ImportBan))
        {
            return cue;
        }
        var word = s.Word(cue.First);
        var exports = word.StartsWith("export", StringComparison.Ordinal);
        var imports = word.StartsWith("import", StringComparison.Ordinal);
        if (!exports && !imports)
        {
            return cue;
        }
        if (BothWays(s, cue.First))
        {
            // "barred from import and export activities": the pair names both directions, each as it is written.
            return cue;
        }
        var owner = Owner(s, cue.First, out var byDemonym);
        // "its exports" is the target's when the sentence leaves the imposer to context ("It also bans the
        // country's coal exports"); with the imposer named as subject, "its" is more likely the imposer's own.
        var targets = owner == target || (owner == Anaphor && imposerFromContext);
        if (exports && cue.Type == MeasureTypes.ExportBan
            && (targets || DestinationIs(s, cue.End, imposer) || SourceIs(s, cue.End, target) || (imposer == "UN Security Council" && owner is null && !HasDestination(s, cue.End))))
        {
            return cue with { Type = MeasureTypes.ImportBan };
        }
        if (exports && cue.Type == MeasureTypes.ExportBan && importBanKnown && owner is null && !HasDestination(s, cue.End) && NamedBanBefore(s, cue.First))
        {
            // "Russia has extended its food embargo to Ukraine … the ban on exporting farm goods will take effect …": with the
            // imposer's ban on the target's goods already named, "the ban" on exporting whose and whither unsaid is that ban.
            return cue with { Type = MeasureTypes.ImportBan };
        }
        // "Russian LNG imports" name the goods' origin, not the buyer: only a possessive turns imports round.
        if (imports && cue.Type == MeasureTypes.ImportBan && targets && !byDemonym)
        {
            return cue with { Type = MeasureTypes.ExportBan };
        }
        return cue;
    }

    /// <summary>
    /// The state whose trade the words before the cue name: a possessive ("North Korea's", "the country's"),
    /// "its"/"their", or a demonym ("Russian exports"); <see cref="Anaphor"/> for a word that refers back; null for none.
    /// </summary>
    private static string? Owner(SentenceView s, int cue, out bool byDemonym)
    {
        byDemonym = false;
        for (var k = cue - 1; k >= Math.Max(0, cue - 8); k--)
        {
            if (s.Is(k, WordClass.Possessive))
            {
                if (s.MentionAt(k - 1) is { Entity.Kind: ActorKind.Country } owner)
                {
                    return owner.Entity.Name;
                }
                return s.Word(k - 1) is "country" or "nation" or "regime" or "north" or "south" or "state" ? Anaphor : null;
            }
            if (s.Word(k) is "its" or "their")
            {
                return Anaphor;
            }
            if (s.MentionAt(k) is { } m)
            {
                byDemonym = m.Role == FormRole.Demonym;
                return m.Entity.Kind == ActorKind.Country && byDemonym ? m.Entity.Name : null;
            }
            if (s.Is(k, WordClass.Restricting | WordClass.TargetPreposition | WordClass.Sanction) || !(s.Tokens[k].IsWord || s.Tokens[k].IsNumber || s.Word(k) is "," or "-"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Whether "to"/"into" and a name follow the cue in its clause: where the goods go.</summary>
    /// <summary>"the ban on", "the embargo on" right before the cue: a ban the text refers back to.</summary>
    private static bool NamedBanBefore(SentenceView s, int cue) =>
        s.Word(cue - 1) is "on" && s.Word(cue - 2) is "ban" or "embargo" or "prohibition" && s.Word(cue - 3) is "the";

    private static bool HasDestination(SentenceView s, int from) => Destination(s, from) is not null;

    private static bool DestinationIs(SentenceView s, int from, string state) =>
        Destination(s, from) is { } m && (m.Entity.Name == state || m.Entity.Country == state);

    /// <summary>"exports of coal from Iran": the goods come from the target.</summary>
    private static bool SourceIs(SentenceView s, int from, string state)
    {
        for (var k = from; k < Math.Min(s.Tokens.Count, from + 8) && !s.Is(k, WordClass.CueClauseMark); k++)
        {
            if (s.Word(k) is "from")
            {
                var j = k + 1;
                while (j < s.Tokens.Count && s.Is(j, WordClass.Skippable))
                {
                    j++;
                }
                return s.MentionAt(j) is { } m && (m.Entity.Name == state || m.Entity.Country == state);
            }
        }
        return false;
    }

    private static Mention? Destination(SentenceView s, int from)
    {
        for (var k = from; k < Math.Min(s.Tokens.Count, from + 10) && !s.Is(k, WordClass.CueClauseMark); k++)
        {
            if (s.Word(k) is "to" or "into")
            {
                var j = k + 1;
                while (j < s.Tokens.Count && s.Is(j, WordClass.Skippable))
                {
                    j++;
                }
                return s.MentionAt(j);
            }
        }
        return null;
    }

    /// <summary>"import and export", "exports and imports": a trade word coordinated with its opposite.</summary>
    private static bool BothWays(SentenceView s, int k)
    {
        var exports = s.Word(k).StartsWith("export", StringComparison.Ordinal);
        var other = exports ? "import" : "export";
        return (s.Word(k + 1) is "and" or "or" && s.Word(k + 2).StartsWith(other, StringComparison.Ordinal))
            || (s.Word(k - 1) is "and" or "or" && s.Word(k - 2).StartsWith(other, StringComparison.Ordinal));
    }
}
