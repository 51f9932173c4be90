namespace Reconciler.Emulator.Store;

/// <summary>A seed file the local tenant cannot take; the message names the object by its place and displayName.</summary>
public sealed class InvalidSeedException(string message, Exception? inner = null) : Exception(message, inner);
