using System.Diagnostics;

namespace Monitoring.Silo.Hosting;

/// <summary>
/// The clock Orleans gives its membership loops and its watchdog (key <c>Orleans.Membership</c>), with
/// timestamps counted from when the host was built rather than from when the machine booted.
/// </summary>
/// <remarks>
/// Orleans 10's <c>Watchdog.Start</c> starts its platform thread before it records when the participant
/// check began, so that thread's first look often measures from timestamp 0. On the system clock that is
/// the machine's uptime, logged at start as "Participant check thread has not completed for 01:02:03 ...
/// potentially indicating lock contention or deadlock". Counted from the host's start, the same first look
/// measures a few seconds, under the watchdog's threshold (twice the 10 s check period). Every other use
/// of the clock takes differences of timestamps, which do not change; wall time is the system's.
/// </remarks>
internal sealed class MembershipClock : TimeProvider
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override long GetTimestamp() => Stopwatch.GetTimestamp() - _origin;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
