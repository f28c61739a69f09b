namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// The permission a caller must hold (directly or through a role) to call the method, or every method of the
/// service when put on the interface; a method's own attribute wins. Checked on every call, HTTP or in-process.
/// </summary>
/// <param name="name">Permission name, <c>"&lt;Module&gt;.&lt;Resource&gt;.&lt;Action&gt;"</c>.</param>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method, Inherited = false)]
public sealed class PermissionAttribute(string name) : Attribute
{
    /// <summary>Permission name.</summary>
    public string Name { get; } = name;
}
