using System.CommandLine;
using Reconciler.Cli.Hosting;

namespace Reconciler.Cli.Commands;

/// <summary>Every command, one file each. A new command is one file in this folder and one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CommandContext context) =>
    [
        ValidateCommand.Create(context),
        EmulatorCommand.Create(context),
        WhatIfCommand.Create(context),
        DriftCommand.Create(context),
        PlanCommand.Create(context),
        EvidenceCommand.Create(context),
        ApplyCommand.Create(context),
        DestroyCommand.Create(context),
        ExportCommand.Create(context),
        SchemaCommand.Create(context),
        CompletionCommand.Create(context),
    ];
}
