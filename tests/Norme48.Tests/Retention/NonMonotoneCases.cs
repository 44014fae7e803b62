using NodaTime;

namespace Norme48.Tests.Retention;

/// <summary>The three cases in which RULES.md says a later anchor can be due earlier.</summary>
public enum NonMonotoneCase
{
    /// <summary>Not one of the three cases.</summary>
    None = 0,

    /// <summary>(1) Both anchors fall in the same autumn fall-back hour; earlier by less than 1 h.</summary>
    FallBackHour = 1,

    /// <summary>(2) The shifted local time falls in a spring-forward gap; earlier by less than 1 h.</summary>
    SpringGap = 2,

    /// <summary>(3) The period is clamped to the end of a shorter month; earlier by less than 24 h.</summary>
    MonthEndClamp = 3,
}

/// <summary>
/// Classifies a pair of anchors (earlier, later) whose due instants are inverted, from the Europe/Paris local times
/// alone — an oracle independent of the library's arithmetic.
/// </summary>
internal static class NonMonotoneCases
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static NonMonotoneCase Classify(Instant earlier, Instant later, Period period)
    {
        var localEarlier = earlier.InZone(Paris).LocalDateTime;
        var localLater = later.InZone(Paris).LocalDateTime;
        if (localLater < localEarlier)
        {
            // The wall clock went back between the anchors: both lie in the repeated hour of the same fall-back day.
            var sameHour = localEarlier.Date == localLater.Date && localEarlier.Hour == localLater.Hour;
            return sameHour && Paris.MapLocal(localEarlier).Count == 2 && Paris.MapLocal(localLater).Count == 2
                ? NonMonotoneCase.FallBackHour
                : NonMonotoneCase.None;
        }

        var shiftedEarlier = localEarlier + period;
        var shiftedLater = localLater + period;
        if (shiftedLater < shiftedEarlier)
        {
            // Adding the period reordered the local times: the later anchor's day was clamped to a shorter month's end.
            var clamped = localLater.Day > shiftedLater.Day && shiftedLater.Day == shiftedLater.Calendar.GetDaysInMonth(shiftedLater.Year, shiftedLater.Month);
            return clamped ? NonMonotoneCase.MonthEndClamp : NonMonotoneCase.None;
        }

        // Local order kept: only the lenient resolver can invert it, by shifting a local time in a gap forward.
        return Paris.MapLocal(shiftedEarlier).Count == 0 ? NonMonotoneCase.SpringGap : NonMonotoneCase.None;
    }

    /// <summary>How much earlier RULES.md allows the later anchor to be due in each case.</summary>
    public static Duration Bound(NonMonotoneCase kind) =>
        kind == NonMonotoneCase.MonthEndClamp ? Duration.FromHours(24) : Duration.FromHours(1);
}
