using Reconciler.Cli.Hosting;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Hosting;

/// <summary>A long read shows how far it has got on a terminal's stderr, and says nothing in a log.</summary>
public class TerminalProgressTests
{
    [Fact]
    public async Task OnATerminalDriftRewritesOneProgressLineAndWipesItBeforeTheReport()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(new StringWriter(), error, TextReader.Null, true, true, _ => null, stack.Path) { IsErrorRedirected = false };

        var exitCode = await new CliApp(io).RunAsync(["drift", "--graph-url", tenant.GraphUrl]);

        Assert.Equal(2, exitCode);
        // The guests are listed in eight ranges of userPrincipalName, one page each.
        var line = "Reading guests: 2 on 8 page(s)";
        Assert.Contains("\r" + line, error.ToString());
        Assert.Contains("\r" + new string(' ', line.Length) + "\r", error.ToString());
    }

    [Fact]
    public async Task WithStderrRedirectedDriftPrintsNoProgress()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();

        var drift = await tenant.RunAsync(stack, "drift");

        Assert.DoesNotContain("Reading guests", drift.Stderr);
        Assert.DoesNotContain('\r', drift.Stderr);
    }

    [Fact]
    public void AShorterLineOverwritesTheWholeOfALongerOne()
    {
        var error = new StringWriter();
        var progress = new TerminalProgress(error);

        progress.Report(new(GuestPages: 10, GuestsRead: 9990));
        progress.Report(new(GuestPages: 1, GuestsRead: 9));

        Assert.EndsWith("\rReading guests: 9 on 1 page(s)    ", error.ToString());
    }
}
