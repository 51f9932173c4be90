using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Reporting;

namespace Reconciler.Core.Tests.Reports;

/// <summary>A list the report cuts says how much it left out; a value too long for the terminal wraps between tokens.</summary>
public class CutListTests
{
    private static DriftReport WithUnmanagedGuests(int count, int listed) => ReportScenarios.DriftReport() with
    {
        Unmanaged = new UnmanagedSummary(count, [.. Enumerable.Range(0, listed).Select(i => new UnmanagedRow(ResourceType.Guest, $"guest{i}@elsewhere.example", null))]),
    };

    [Theory]
    [InlineData(ReportFormat.Text, "\n  and 29,981 more guests\n")]
    [InlineData(ReportFormat.Markdown, "\n- and 29,981 more guests\n")]
    public void TwentyOfThirtyThousandUnmanagedGuestsSayHowManyMore(ReportFormat format, string expected) =>
        Assert.Contains(expected, ReportRenderers.For(format).Render(WithUnmanagedGuests(30_001, 20)), StringComparison.Ordinal);

    [Fact]
    public void AWholeListSaysNothingMore() =>
        Assert.DoesNotContain("more guest", ReportRenderers.For(ReportFormat.Text).Render(WithUnmanagedGuests(3, 3)), StringComparison.Ordinal);

    [Fact]
    public void ALongValueWrapsAfterCommasUnderItsColumn()
    {
        const string Prefix = "      conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes  ";
        const string Value = "[\"internalGuest\",\"b2bCollaborationGuest\",\"b2bDirectConnectUser\",\"otherExternalUser\",\"serviceProvider\"] -> [\"internalGuest\",\"b2bCollaborationGuest\"]";

        var lines = TextWrap.Hanging(Prefix, Value, 100).Split('\n');

        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.True(line.Length <= 100, line));
        Assert.Equal(Value.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines.Select((l, i) => i == 0 ? l[Prefix.Length..] : l.TrimStart())).Replace(" ", "", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), line => Assert.StartsWith(new string(' ', 8), line, StringComparison.Ordinal));
    }

    [Fact]
    public void NoWidthNeverWraps() =>
        Assert.Equal("  a  " + new string('x', 500), TextWrap.Hanging("  a  ", new string('x', 500), null));

    [Fact]
    public void ATokenLongerThanTheLineIsKeptWhole()
    {
        var id = new string('7', 150);

        Assert.Equal(2, TextWrap.Hanging("  id  ", $"{id} -> {id}", 80).Split('\n').Count(line => line.Contains(id, StringComparison.Ordinal)));
    }
}
