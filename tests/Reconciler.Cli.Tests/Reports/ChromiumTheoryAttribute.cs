namespace Reconciler.Cli.Tests.Reports;

/// <summary>A theory that is skipped, saying why, on a machine without Chromium.</summary>
internal sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = Chromium.Missing;
        }
    }
}
