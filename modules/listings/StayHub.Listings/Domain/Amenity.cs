namespace StayHub.Listings.Domain;

/// <summary>An amenity a listing can offer (wifi, pool…), from a fixed catalog.</summary>
internal sealed class Amenity(string code, string name, string category)
{
    public string Code { get; private set; } = code;

    public string Name { get; set; } = name;

    public string Category { get; set; } = category;
}
