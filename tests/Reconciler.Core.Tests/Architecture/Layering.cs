using System.Reflection;
using Reconciler.Core.Access;
using Reconciler.Core.DesiredState.Loading;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Planning;
using Reconciler.Core.PulumiMapping;
using Reconciler.Core.Reports;

namespace Reconciler.Core.Tests.Architecture;

/// <summary>The assemblies the split of the core produced.</summary>
internal static class Layering
{
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
