using System.Reflection;
using Reconciler.Core.Tests.Support;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Core.Tests.Architecture;

/// <summary>
/// Every catalogue in Reconciler.Model.Diagnostics (any public static method returning <see cref="Diagnostic"/>)
/// marks each factory with <see cref="DiagnosticCodeAttribute"/>; every code is unique and documented.
/// </summary>
public class DiagnosticCatalogueTests
{
    private static readonly MethodInfo[] Factories = Layering.Pure.SelectMany(a => a.GetTypes())
        .Where(t => t.Namespace == typeof(Diagnostic).Namespace)
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.ReturnType == typeof(Diagnostic))
        .ToArray();

    /// <summary>Codes kept as constants elsewhere (with the message written at each use) are what the catalogue replaced.</summary>
    private static readonly string[] ConstantCodes = Layering.Pure.SelectMany(a => a.GetTypes())
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Where(f => System.Text.RegularExpressions.Regex.IsMatch((string)f.GetRawConstantValue()!, @"^B2B\d{4}$"))
        .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
        .ToArray();

    private static IEnumerable<string> Codes => Factories.Select(m => m.GetCustomAttribute<DiagnosticCodeAttribute>()?.Code).OfType<string>().Distinct();

    [Fact]
    public void EveryCodeComesFromACatalogueFactoryNotAConstant() => Assert.Empty(ConstantCodes);

    [Fact]
    public void EveryFactoryNamesItsCode() =>
        Assert.Empty(Factories.Where(m => m.GetCustomAttribute<DiagnosticCodeAttribute>() is null).Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));

    /// <summary>
    /// A factory's diagnostic carries the code and help link its attribute names, for every factory whose arguments
    /// can be made up here: a code written twice that disagrees fails.
    /// </summary>
    [Fact]
    public void EveryFactoryMakesTheCodeItsAttributeNames()
    {
        var checkedFactories = 0;
        foreach (var factory in Factories)
        {
            var arguments = factory.GetParameters().Select(p => SampleArgument(p.ParameterType)).ToArray();
            if (arguments.Any(a => a is Unavailable))
            {
                continue;
            }
            var attribute = factory.GetCustomAttribute<DiagnosticCodeAttribute>()!;
            var diagnostic = (Diagnostic)factory.Invoke(null, arguments)!;
            Assert.Equal((attribute.Code, attribute.HelpLink), (diagnostic.Code, diagnostic.HelpLink));
            checkedFactories++;
        }
        Assert.True(checkedFactories > Factories.Length / 2, $"only {checkedFactories} of {Factories.Length} factories could be called");
    }

    /// <summary>A code is written once, in its attribute: a catalogue that spells it again in the body can drift apart.</summary>
    [Fact]
    public void NoCatalogueWritesACodeOutsideItsAttribute()
    {
        var folder = Path.Combine(Stacks.RepositoryRoot(), "src", "Reconciler.Model", "Diagnostics");
        var repeated = Directory.EnumerateFiles(folder, "*.cs")
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetFileName(file), Line: i + 1, Text: line)))
            .Where(line => System.Text.RegularExpressions.Regex.IsMatch(line.Text, "\"B2B\\d{4}\"") && !line.Text.Contains("[DiagnosticCode(", StringComparison.Ordinal))
            .Select(line => $"{line.File}({line.Line}): {line.Text.Trim()}");
        Assert.Empty(repeated);
    }

    [Fact]
    public void AnAccessFindingLinksToTheSettingItIsAbout() =>
        Assert.StartsWith("https://learn.microsoft.com/", PlanningDiagnostics.GuestMfaNotTrusted("policy 'P'", "Fabrikam", null).HelpLink);

    private sealed class Unavailable;

    private static object? SampleArgument(Type type) => type switch
    {
        _ when type == typeof(string) => "x",
        _ when type == typeof(SourceLocation) => null,
        _ when type == typeof(int) => 1,
        _ when type == typeof(bool) => false,
        _ when type.IsAssignableFrom(typeof(string[])) => new[] { "x" },
        _ => new Unavailable(),
    };

    [Fact]
    public void EveryCodeIsUniqueAndWellFormed()
    {
        var attributed = Factories.Select(m => m.GetCustomAttribute<DiagnosticCodeAttribute>()?.Code).OfType<string>();
        Assert.Empty(attributed.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(Codes, code => Assert.Matches(@"^B2B[123]\d{3}$", code));
    }

    [Fact]
    public void EveryCodeIsDocumentedWithMeaningExampleAndFix()
    {
        var docs = File.ReadAllText(Path.Combine(Stacks.RepositoryRoot(), "docs", "diagnostics.md"));
        var sections = docs.Split("\n### ").Skip(1).ToDictionary(s => s[..7], s => s);

        var undocumented = Codes.Where(code => !sections.ContainsKey(code)).ToArray();
        Assert.Empty(undocumented);
        Assert.All(Codes, code => Assert.Matches(@"(?s)\*\*Meaning\*\*.*\*\*Example\*\*.*\*\*Fix\*\*", sections[code]));
    }
}
