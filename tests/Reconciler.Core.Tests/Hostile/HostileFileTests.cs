using System.Text;
using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using static Reconciler.Core.Tests.Hostile.HostileCases;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>Stack files as bytes on disk, read through <see cref="StackLoader.Load"/>: size, encoding, line endings, scale.</summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reconciler-hostile-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void AFiftyMegabyteStackIsRefusedBeforeItIsRead()
    {
        WriteProject();
        using (var stack = File.Create(Path.Combine(_directory, LoaderGuarantee.StackFile)))
        {
            stack.SetLength(50L * 1024 * 1024);
        }

        var result = Load();

        Assert.Equal(["B2B1008"], Codes(result));
        Assert.Contains("52,428,800 bytes", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOversizedTextHandedOverDirectlyIsRefusedToo() =>
        Assert.Equal(["B2B1008"], Codes(LoaderGuarantee.Holds("# " + new string('x', (int)StackFileText.MaxFileBytes), "oversized text")));

    [Fact]
    public void InvalidUtf8IsReportedAtTheFirstBadByte()
    {
        WriteProject();
        var text = Encoding.UTF8.GetBytes(Stacks.WithConfig("b2b:guests:\n- email: jose@fabrikam.example\n  displayName: Jos"));
        File.WriteAllBytes(Path.Combine(_directory, LoaderGuarantee.StackFile), [.. text[..^1], 0xE9, (byte)'\n']);

        var result = Load();

        Assert.Equal(["B2B1009"], Codes(result));
        Assert.Equal((5, 21), Position(result, "B2B1009"));
    }

    [Fact]
    public void AUtf16FileIsReportedAsNotUtf8()
    {
        WriteProject();
        File.WriteAllText(Path.Combine(_directory, LoaderGuarantee.StackFile), Stacks.WithConfig(""), Encoding.Unicode);

        Assert.Equal(["B2B1009"], Codes(Load()));
    }

    [Fact]
    public void AByteOrderMarkIsAccepted()
    {
        WriteProject();
        File.WriteAllText(Path.Combine(_directory, LoaderGuarantee.StackFile), Stacks.WithConfig("b2b:graphUrl: local"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.True(Load().IsValid);
    }

    [Fact]
    public void AByteOrderMarkInTextIsAccepted() =>
        Assert.True(LoaderGuarantee.Holds("\uFEFF" + Stacks.WithConfig("b2b:graphUrl: local"), "text BOM").IsValid);

    [Fact]
    public void CrlfLineEndingsKeepPositionsRight()
    {
        var lf = Stacks.WithConfig("b2b:guests:\n- email: alex.fabrikam.example\n  displayName: A");
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(Position(Stacks.Load(lf), "B2B1015"), Position(LoaderGuarantee.Holds(crlf, "CRLF"), "B2B1015"));
        Assert.Equal((4, 12), Position(Stacks.Load(crlf), "B2B1015"));
    }

    [Fact]
    public void TenThousandGuestsLoad()
    {
        var guests = string.Concat(Enumerable.Range(0, 10_000).Select(i =>
            $"- email: guest{i}@fabrikam.example\n  displayName: Guest {i}\n  redirectUrl: https://myapps.microsoft.com\n  sendInvitationMessage: false\n  accountEnabled: true\n  ensure: present\n"));

        var result = LoaderGuarantee.Holds(Stacks.WithConfig("b2b:guests:\n" + guests), "10,000 guests", Large);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics.Take(3)));
        Assert.Equal(10_000, result.State!.Guests.Count);
    }

    [Fact]
    public void UnicodeAndEmojiInDisplayNamesAreValid()
    {
        var result = LoaderGuarantee.Holds(Stacks.WithConfig("b2b:guests:\n- email: zoe@fabrikam.example\n  displayName: \"Zoë Ångström 🚀 (ファブリカム)\""), "unicode");

        Assert.True(result.IsValid);
        Assert.Equal("Zoë Ångström 🚀 (ファブリカム)", result.State!.Guests[0].DisplayName);
    }

    private void WriteProject() => File.WriteAllText(Path.Combine(_directory, StackFiles.ProjectFile), Stacks.ProjectYaml);

    private LoadResult Load()
    {
        var files = Directory.EnumerateFiles(_directory).ToDictionary(path => Path.GetFileName(path), path => Encoding.UTF8.GetString(File.ReadAllBytes(path)));
        return LoaderGuarantee.Check(() => StackLoader.Load(_directory, "dev"), files, "file on disk");
    }
}
