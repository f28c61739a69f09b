using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StayHub.Framework.Domain;

namespace StayHub.Framework.Persistence;

/// <summary>
/// Stores a status enum as its <see cref="EnumText"/> text: the columns keep the values they always held
/// (<c>pending</c>, <c>partially_refunded</c>), so typing a status needs no data migration, and LINQ comparisons of
/// the enum translate to comparisons of that text.
/// </summary>
/// <typeparam name="TEnum">The status enum.</typeparam>
public sealed class EnumTextConverter<TEnum>()
    : ValueConverter<TEnum, string>(v => v.ToText(), s => EnumText.Parse<TEnum>(s))
    where TEnum : struct, Enum;
