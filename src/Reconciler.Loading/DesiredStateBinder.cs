using System.Collections.Immutable;
using Reconciler.Loading.Binding;
using Reconciler.Loading.Rules;
using Reconciler.Loading.Tree;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading;

/// <summary>
/// Turns config values (from a stack file or from the Pulumi engine) into a <see cref="DesiredState"/>,
/// reporting every problem at once. The one validation both engines share.
/// </summary>
public static class DesiredStateBinder
{
    /// <param name="values">Config keys with their namespace, e.g. <c>b2b:guests</c>, <c>azuread:tenantId</c>.</param>
    /// <param name="origin">Where to point diagnostics about keys that are missing altogether.</param>
    public static BindResult Bind(string projectName, string stackName, IReadOnlyDictionary<string, ConfigNode> values, SourceLocation? origin = null)
    {
        var binding = new Binding.Binding();
        var config = new StackConfig(binding, projectName, values);
        var tenantId = TenantId(binding, values, origin);
        var state = new DesiredState
        {
            ProjectName = projectName,
            StackName = stackName,
            TenantId = tenantId ?? "",
            GraphUrl = GraphUrl(binding, config.Node("graphUrl"), config.Path("graphUrl")),
            Engine = config.Node("engine") is { } engine && binding.Enum(engine, config.Path("engine"), Vocabulary.Engine) == "pulumi" ? Engine.Pulumi : Engine.Reconciler,
            EngineDeclared = config.Node("engine") is not null,
            BreakGlassAccounts = config.Node("breakGlassAccounts") is { } accounts
                ? binding.List(accounts, config.Path("breakGlassAccounts"), (n, p) => binding.Id(n, p, IdKind.Guid with { AllowsEmail = true })) ?? []
                : [],
            Guests = List(binding, config, "guests", GuestBinder.Bind),
            ConditionalAccessPolicies = List(binding, config, "conditionalAccessPolicies", PolicyBinder.Bind),
            CrossTenantAccess = config.Node("crossTenantAccess") is { } xtap ? CrossTenantBinder.Bind(binding, xtap, config.Path("crossTenantAccess")) : null,
            Ignore = config.Node("ignore") is { } ignore ? IgnoreBinder.Bind(binding, ignore, config.Path("ignore")) : IgnoreList.Empty,
            RetainGuestsOnDelete = config.Node("retainGuestsOnDelete") is { } retain && binding.Bool(retain, config.Path("retainGuestsOnDelete")) == true,
            Promotion = config.Node("promotion") is { } promotion && binding.Enum(promotion, config.Path("promotion"), Vocabulary.Promotion) == "requireEvidence"
                ? PromotionRule.RequireEvidence
                : PromotionRule.Warn,
        };
        config.ReportUnknownKeys();

        var diagnostics = binding.Diagnostics
            .Concat(DuplicateRules.Check(state))
            .Concat(ReferenceRules.CheckPartners(state))
            .Concat(ReferenceRules.Check(state, binding.UserReferences))
            .OrderBy(d => d.Location?.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line)
            .ThenBy(d => d.Location?.Column)
            .ToImmutableArray();
        return new BindResult(diagnostics.Any(d => d.IsError) || tenantId is null ? null : state, diagnostics);
    }

    private static string? TenantId(Binding.Binding binding, IReadOnlyDictionary<string, ConfigNode> values, SourceLocation? origin)
    {
        if (!values.TryGetValue("azuread:tenantId", out var node) || node is ConfigScalar { Kind: ScalarKind.Null })
        {
            binding.Report(InputDiagnostics.TenantIdMissing(origin));
            return null;
        }

        return binding.Id(node, "azuread:tenantId", IdKind.TenantId);
    }

    private static string? GraphUrl(Binding.Binding binding, ConfigNode? node, string path)
    {
        if (node is null || binding.String(node, path) is not { } url)
        {
            return null;
        }

        if (GraphUrlRule.Accepts(url))
        {
            return url;
        }

        binding.Report(InputDiagnostics.InvalidGraphUrl(node.Location, url));
        return null;
    }

    private static List<T> List<T>(Binding.Binding binding, StackConfig config, string key, Func<Binding.Binding, ConfigNode, string, T?> item) =>
        config.Node(key) is { } node ? binding.List(node, config.Path(key), (n, p) => item(binding, n, p)) ?? [] : [];
}

public sealed record BindResult(DesiredState? State, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool IsValid => State is not null;
}
