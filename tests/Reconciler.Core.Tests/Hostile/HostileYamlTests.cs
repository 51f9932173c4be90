using Reconciler.Core.Tests.Support;
using static Reconciler.Core.Tests.Hostile.HostileCases;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>YAML built to hurt a parser: expansion bombs, runaway nesting, documents and tags, odd keys.</summary>
public class HostileYamlTests
{
    [Fact]
    public void BillionLaughsIsRefusedAsTooComplexInsteadOfExpanded()
    {
        var lines = new List<string> { "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i <= 9; i++)
        {
            lines.Add($"lol{i}: &lol{i} [{string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 10))}]");
        }

        Rejects(LoaderGuarantee.Holds(string.Join("\n", lines), "billion laughs"), "B2B1006");
    }

    [Fact]
    public void AliasesInsideTheConfigAreBoundedToo()
    {
        var stack = Stacks.WithConfig("b2b:breakGlassAccounts: &a [x@y.z, x@y.z, x@y.z, x@y.z]\nb2b:guests: [" + string.Join(", ", Enumerable.Repeat("*a", 40_000)) + "]");

        Rejects(LoaderGuarantee.Holds(stack, "many aliases", Large), "B2B1006");
    }

    [Fact]
    public void FlowNestingAHundredThousandDeepStopsAtTheDepthLimit() =>
        Rejects(LoaderGuarantee.Holds("config: " + new string('[', 100_000) + new string(']', 100_000), "deep flow"), "B2B1006");

    [Fact]
    public void UnclosedFlowNestingAHundredThousandDeepStopsAtTheDepthLimit() =>
        Rejects(LoaderGuarantee.Holds("config: " + new string('{', 100_000), "deep unclosed flow"), "B2B1006");

    [Fact]
    public void BlockSequencesNestedAHundredThousandDeepStopAtTheDepthLimit() =>
        Rejects(LoaderGuarantee.Holds(string.Concat(Enumerable.Repeat("- ", 100_000)) + "x", "deep block sequence"), "B2B1006");

    [Fact]
    public void BlockMappingsNestedTwoThousandDeepStopAtTheDepthLimit()
    {
        var stack = string.Join("\n", Enumerable.Range(0, 2_000).Select(depth => new string(' ', depth) + "a:")) + " x";

        Rejects(LoaderGuarantee.Holds(stack, "deep block mapping", Large), "B2B1006");
    }

    [Fact]
    public void DuplicateKeysAreAClearDiagnosticAtTheSecondKey()
    {
        var result = LoaderGuarantee.Holds(Stacks.WithConfig("b2b:graphUrl: local\nb2b:graphUrl: https://graph.microsoft.com"), "duplicate key");

        Rejects(result, "B2B1007");
        Assert.Equal((4, 3), Position(result, "B2B1007"));
    }

    [Fact]
    public void TabsUsedForIndentationAreASyntaxError() =>
        Rejects(LoaderGuarantee.Holds("config:\n\tazuread:tenantId: x\n", "tab indentation"), "B2B1001");

    [Theory]
    [InlineData("- a\n- b\n")]
    [InlineData("just a sentence\n")]
    [InlineData("42\n")]
    public void ARootThatIsNotAMappingIsAWrongType(string stack) =>
        Rejects(LoaderGuarantee.Holds(stack, "non-mapping root"), "B2B1011");

    [Theory]
    [InlineData("")]
    [InlineData("# nothing here\n# at all\n")]
    [InlineData("---\n...\n")]
    public void AnEmptyStackAsksForTheTenantId(string stack) =>
        Assert.Equal(["B2B1013"], Codes(LoaderGuarantee.Holds(stack, "empty stack")));

    [Fact]
    public void ASecondDocumentIsReportedWhereItStarts()
    {
        var result = LoaderGuarantee.Holds(Stacks.WithConfig("b2b:graphUrl: local") + "---\nconfig: {b2b:guests: [{email: a@b.example}]}\n", "two documents");

        Rejects(result, "B2B1019");
        Assert.Equal((4, 1), Position(result, "B2B1019"));
    }

    [Theory]
    [InlineData("? [a, b]\n: c")]
    [InlineData("{x: 1}: c")]
    [InlineData("? {secure: v1:abc}\n: c")]
    public void AKeyThatIsACollectionIsAWrongType(string entry) =>
        Rejects(LoaderGuarantee.Holds(Stacks.WithConfig(entry), "collection key"), "B2B1011");

    [Theory]
    [InlineData("1: x")]
    [InlineData("null: x")]
    [InlineData("true: x")]
    public void AScalarKeyOfAnotherTypeIsAnUnknownKey(string entry) =>
        Assert.Equal(["B2B1010"], Codes(LoaderGuarantee.Holds(Stacks.WithConfig(entry), "scalar key")));

    [Theory]
    [InlineData("b2b:graphUrl: !!binary aGVsbG8=", "B2B1018")]
    [InlineData("b2b:graphUrl: !foo local", null)]
    [InlineData("b2b:graphUrl: !!str local", null)]
    [InlineData("b2b:guests: !!binary[All]", "B2B1001")]
    [InlineData("b2b:guests: !<tag:example.com,2000:guest> {email: a@b.example}", "B2B1011")]
    public void TagsAreIgnoredOrReportedButNeverThrown(string entry, string? code)
    {
        var result = LoaderGuarantee.Holds(Stacks.WithConfig(entry), "tag");

        Assert.Equal(code is null ? [] : [code], Codes(result));
    }

    [Fact]
    public void AHugeScalarLoadsWithoutAHang()
    {
        var result = LoaderGuarantee.Holds(Stacks.WithConfig("b2b:guests:\n- email: a@b.example\n  displayName: " + new string('x', 3_000_000)), "huge scalar", Large);

        Assert.True(result.IsValid);
    }

    /// <summary>An implicit key is limited to 1024 characters by YAML, so the huge one is written as an explicit '?' key.</summary>
    [Fact]
    public void AHugeUnknownKeyIsReportedWithoutASuggestionSearchThatHangs() =>
        Assert.Equal(["B2B1010"], Codes(LoaderGuarantee.Holds(Stacks.WithConfig("? b2b:" + new string('g', 3_000_000) + "\n: x"), "huge key", Large)));

    [Fact]
    public void AHugeIdIsReportedAsMalformed() =>
        Assert.Equal(["B2B1016"], Codes(LoaderGuarantee.Holds(Stacks.WithConfig("b2b:breakGlassAccounts: [" + new string('1', 3_000_000) + "]"), "huge id", Large)));
}
