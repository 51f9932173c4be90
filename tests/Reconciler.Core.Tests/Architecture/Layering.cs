using System.Reflection;
using Reconciler.Access;
using Reconciler.Loading;
using Reconciler.Model.Access;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.PulumiMapping;
using Reconciler.Reporting;
using Reconciler.Reporting.Access;

namespace Reconciler.Core.Tests.Architecture;

/// <summary>
/// The layering docs/architecture.md draws, as data: the projects of ours each project may reference, directly or
/// through another. A project under src/ that is not listed here fails the layering tests until it is placed.
/// </summary>
internal static class Layering
{
    public const string Model = "Reconciler.Model";
    public const string Loading = "Reconciler.Loading";
    public const string Planning = "Reconciler.Planning";
    public const string Access = "Reconciler.Access";
    public const string Reporting = "Reconciler.Reporting";
    public const string Pulumi = "Reconciler.Pulumi";
    public const string Graph = "Reconciler.Graph";
    public const string Emulator = "Reconciler.Emulator";
    public const string Cli = "Reconciler.Cli";

    public static readonly IReadOnlyDictionary<string, string[]> MayReference = new Dictionary<string, string[]>
    {
        [Model] = [],
        [Loading] = [Model],
        [Planning] = [Model],
        // The evaluator reads desired and live records only; it needs nothing the planner decides.
        [Access] = [Model],
        [Reporting] = [Model, Planning, Access],
        [Pulumi] = [Model, Loading],
        [Graph] = [Model, Planning],
        // The emulator stands in for Graph; sharing our records would let a mapping bug hide in both.
        [Emulator] = [],
        // The composition root.
        [Cli] = [Model, Loading, Planning, Access, Reporting, Pulumi, Graph, Emulator],
    };

    /// <summary>The pure assemblies: no network, logging, console or web framework.</summary>
    public static readonly Assembly[] Pure =
    [
        typeof(Diagnostic).Assembly,
        typeof(StackLoader).Assembly,
        typeof(Planner).Assembly,
        typeof(AccessEvaluator).Assembly,
        typeof(ReportBuilder).Assembly,
        typeof(PulumiStackMapper).Assembly,
    ];
}
