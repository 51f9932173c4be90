namespace Reconciler.Cli.Hosting;

/// <summary>Exit codes shared by every command (the README's Commands): 2 is reserved for "differences found".</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Error = 1;
    public const int Differences = 2;
}
