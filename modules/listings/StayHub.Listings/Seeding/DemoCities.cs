namespace StayHub.Listings.Seeding;

internal static class DemoCities
{
    public static readonly IReadOnlyList<DemoCity> All =
    [
        new("Lisbon", "Lisboa", "PT", "1100-148", 38.7223, -9.1393, "EUR", 6_000, 25_000,
            ["Alfama", "Baixa", "Chiado", "Bairro Alto", "Príncipe Real", "Belém"], ["Rua Augusta", "Rua do Ouro", "Rua da Rosa", "Calçada do Combro"]),
        new("Paris", "Île-de-France", "FR", "75004", 48.8566, 2.3522, "EUR", 9_000, 40_000,
            ["Le Marais", "Montmartre", "Saint-Germain", "Bastille", "Belleville", "Latin Quarter"], ["Rue de Rivoli", "Rue des Rosiers", "Boulevard Voltaire", "Rue Oberkampf"]),
        new("Barcelona", "Catalonia", "ES", "08002", 41.3874, 2.1686, "EUR", 7_000, 30_000,
            ["Gràcia", "El Born", "Eixample", "Barceloneta", "Gothic Quarter", "Poblenou"], ["Carrer de Verdi", "Passeig de Gràcia", "Carrer de Mallorca", "Rambla del Poblenou"]),
        new("New York", "NY", "US", "10012", 40.7128, -74.0060, "USD", 12_000, 60_000,
            ["SoHo", "Williamsburg", "Harlem", "Upper West Side", "East Village", "Astoria"], ["Broadway", "Bedford Avenue", "Lenox Avenue", "Avenue A"]),
        new("Tokyo", "Tokyo", "JP", "150-0001", 35.6762, 139.6503, "JPY", 8_000, 45_000,
            ["Shibuya", "Shinjuku", "Asakusa", "Nakameguro", "Shimokitazawa", "Ginza"], ["Meiji-dori", "Omotesando", "Kappabashi-dori", "Yamate-dori"]),
        new("Cape Town", "Western Cape", "ZA", "8001", -33.9249, 18.4241, "ZAR", 90_000, 450_000,
            ["Sea Point", "Camps Bay", "Bo-Kaap", "Gardens", "Green Point", "Woodstock"], ["Main Road", "Victoria Road", "Wale Street", "Kloof Street"]),
        new("Sydney", "NSW", "AU", "2000", -33.8688, 151.2093, "AUD", 12_000, 55_000,
            ["Bondi", "Surry Hills", "Manly", "Newtown", "The Rocks", "Paddington"], ["Campbell Parade", "Crown Street", "King Street", "Oxford Street"]),
        new("Mexico City", "CDMX", "MX", "06700", 19.4326, -99.1332, "MXN", 80_000, 400_000,
            ["Roma Norte", "Condesa", "Coyoacán", "Polanco", "Juárez", "Centro Histórico"], ["Calle Orizaba", "Avenida Ámsterdam", "Calle Francisco Sosa", "Avenida Presidente Masaryk"]),
    ];
}
