using System.Reflection;

namespace StayHub.Framework.Emailing;

/// <summary>
/// A pair of embedded resources, <c>{Name}.html</c> and <c>{Name}.txt</c>, in <paramref name="Assembly"/>.
/// <paramref name="Name"/> is the manifest name without extension, e.g. <c>StayHub.Identity.Templates.ConfirmEmail</c>.
/// </summary>
public sealed record EmailTemplate(Assembly Assembly, string Name);
