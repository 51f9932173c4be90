namespace Reconciler.Graph;
internal static class AssemblyMarker
{
}
