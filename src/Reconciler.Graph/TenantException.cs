using Reconciler.Model.Diagnostics;

namespace Reconciler.Graph;

/// <summary>
/// Thrown by <see cref="GraphTenant.ReadAsync"/> when the snapshot cannot be read. It carries exactly one B2B3xxx
/// diagnostic for the CLI to print; the message never contains a token or a stack of SDK internals.
/// </summary>
public sealed class TenantException(Diagnostic diagnostic) : DiagnosticException(diagnostic);
