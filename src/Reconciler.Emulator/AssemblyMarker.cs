namespace Reconciler.Emulator;
internal static class AssemblyMarker
{
}
