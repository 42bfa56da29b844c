namespace Monitoring.Stories;

/// <summary>Measure statuses, weakest to strongest; <c>lifted</c> ends a measure whatever came before.</summary>
public static class Statuses
{
    public const string Lifted = "lifted";

    public static int Rank(string? status) => status switch
    {
        "considered" => 1,
        "announced" => 2,
        "enacted" => 3,
        Lifted => 4,
        _ => 0,
    };

    /// <summary>Whether moving from <paramref name="from"/> to <paramref name="to"/> is news: stronger, or lifted.</summary>
    public static bool IsStronger(string from, string to) =>
        to == Lifted ? from != Lifted : from != Lifted && Rank(to) > Rank(from);
}
