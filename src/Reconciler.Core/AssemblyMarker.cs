namespace Reconciler.Core;
internal static class AssemblyMarker
{
}
