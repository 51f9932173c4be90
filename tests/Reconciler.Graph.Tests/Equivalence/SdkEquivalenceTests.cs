using System.Text.Json;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Tests.Equivalence;

/// <summary>
/// The mappers that read Graph's JSON directly give exactly what the SDK models gave, for valid answers and for every odd or
/// wrong one: each document is mapped both ways and the two results (or the two exceptions) must be the same.
/// </summary>
public class SdkEquivalenceTests
{
    private static IEnumerable<(string Case, string Json)> Cases(Node shape, int seed) =>
        Documents.OneChangeAtATime(shape).Concat(Documents.Random(shape, seed, count: 400));

    [Fact]
    public void PoliciesReadFromJsonMatchTheSdkForEveryVariantOfEveryProperty() =>
        AssertSame(Cases(GraphShapes.Policy, seed: 1), PolicyFromJson.Map, SdkPolicy);

    [Fact]
    public void ExternalTenantsOfEveryODataTypeAndMembershipKindMatchTheSdk() =>
        AssertSame(ExternalTenantCases(), PolicyFromJson.Map, SdkPolicy);

    [Fact]
    public void PartnersReadFromJsonMatchTheSdkForEveryVariantOfEveryProperty() =>
        AssertSame(Cases(GraphShapes.Partner, seed: 2), CrossTenantFromJson.Partner, SdkPartner);

    [Fact]
    public void TheDefaultReadFromJsonMatchesTheSdkForEveryVariantOfEveryProperty() =>
        AssertSame(Cases(GraphShapes.Default, seed: 3), CrossTenantFromJson.Default,
            json => CrossTenantFromGraph.Map(Sdk(json, CrossTenantAccessPolicyConfigurationDefault.CreateFromDiscriminatorValue)));

    [Fact]
    public void DocumentsThatAreNotObjectsMatchTheSdkToo()
    {
        string[] roots = ["null", "7", "\"policy\"", "[]", "[{}]", "true"];
        var cases = roots.Select(json => ($"root {json}", json)).ToList();
        AssertSame(cases, PolicyFromJson.Map, SdkPolicy, cases.Count);
        AssertSame(cases, CrossTenantFromJson.Partner, SdkPartner, cases.Count);
    }

    /// <summary>Guards the proof itself: a valid document sets every property of the record, so no mapped property goes untested.</summary>
    [Fact]
    public void TheShapesReachEveryPropertyOfTheRecords()
    {
        Assert.DoesNotContain("null", Outcome(PolicyFromJson.Map, Documents.Write(GraphShapes.Policy, Documents.AllValid)), StringComparison.Ordinal);
        Assert.DoesNotContain("null", Outcome(CrossTenantFromJson.Partner, Documents.Write(GraphShapes.Partner, Documents.AllValid)), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Case, string Json)> ExternalTenantCases() =>
        from type in Variants.Of(GraphShapes.ExternalTenants.Fields[0].Shape)
        from kind in Variants.Of(GraphShapes.ExternalTenants.Fields[1].Shape)
        from members in new[] { Variant.Missing, new Variant("""["a","b"]"""), new Variant("\"a\"") }
        let tenants = string.Join(",", new[] { ("@odata.type", type), ("membershipKind", kind), ("members", members) }
            .Where(p => p.Item2.Json is not null).Select(p => $"\"{p.Item1}\":{p.Item2.Json}"))
        select ($"externalTenants {{{tenants}}}", """{"conditions":{"users":{"excludeGuestsOrExternalUsers":{"externalTenants":{""" + tenants + "}}}}}");

    private static LivePolicy SdkPolicy(string json) => PolicyFromGraph.Map(Sdk(json, ConditionalAccessPolicy.CreateFromDiscriminatorValue));

    private static LivePartner SdkPartner(string json) => CrossTenantFromGraph.Map(Sdk(json, CrossTenantAccessPolicyConfigurationPartner.CreateFromDiscriminatorValue));

    private static T Sdk<T>(string json, ParsableFactory<T> factory)
        where T : IParsable
    {
        using var document = JsonDocument.Parse(json);
        return JsonGet.Model(document.RootElement, factory);
    }

    private static void AssertSame<T>(IEnumerable<(string Case, string Json)> cases, Func<JsonElement, T> direct, Func<string, T> sdk, int atLeast = 500)
    {
        var compared = 0;
        var refused = 0;
        var differences = new List<string>();
        foreach (var (name, json) in cases)
        {
            var expected = Outcome(_ => sdk(json), json);
            var actual = Outcome(direct, json);
            compared++;
            refused += expected.StartsWith("throws", StringComparison.Ordinal) ? 1 : 0;
            if (expected != actual)
            {
                differences.Add($"{name}\n  json:   {json}\n  sdk:    {expected}\n  direct: {actual}");
            }
        }
        Assert.True(differences.Count == 0, $"{differences.Count} of {compared} differ:\n{string.Join("\n", differences.Take(10))}");
        Assert.True(compared >= atLeast, $"only {compared} documents");
        Assert.True(refused < compared / 2, $"{refused} of {compared} documents were refused: too few compare data");
    }

    /// <summary>The result as JSON (records hold lists, so record equality would compare references), or the exception's type.</summary>
    private static string Outcome<T>(Func<JsonElement, T> map, string json)
    {
        using var document = JsonDocument.Parse(json);
        try
        {
            return JsonSerializer.Serialize(map(document.RootElement));
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or FormatException or OverflowException)
        {
            return $"throws {e.GetType().Name}";
        }
    }
}
