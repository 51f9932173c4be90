namespace Reconciler.Emulator.Store;

/// <summary>Why a seed was refused, so the command line can give each kind of problem its own code.</summary>
public enum SeedRefusal
{
    /// <summary>An object the API would refuse in Graph's words (or a file that is not one JSON object).</summary>
    Refused,

    /// <summary>A group or directory role whose shape is wrong: an id that is not a GUID, a taken id, a missing name.</summary>
    Malformed,

    /// <summary>A group or role member that names no user or group of the tenant or the seed.</summary>
    MemberNotFound,

    /// <summary>A member of a kind the object cannot hold, such as a group in a directory role.</summary>
    MemberNotAllowed,
}
