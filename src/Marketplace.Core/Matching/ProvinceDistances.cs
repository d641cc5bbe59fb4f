namespace Marketplace.Matching;

/// <summary>
/// Road distance is what a buyer pays for, but a straight line between provincial centres (after the 2025 merger)
/// ranks suppliers the same way and needs no map service: it only orders matches and is shown rounded, as "about".
/// </summary>
public static class ProvinceDistances
{
    private static readonly Dictionary<string, (double Lat, double Lon)> Centres = new(StringComparer.Ordinal)
    {
        ["ha-noi"] = (21.028, 105.854), ["cao-bang"] = (22.666, 106.258), ["tuyen-quang"] = (21.823, 105.214),
        ["dien-bien"] = (21.386, 103.023), ["lai-chau"] = (22.396, 103.458), ["son-la"] = (21.327, 103.914),
        ["lao-cai"] = (21.722, 104.911), ["thai-nguyen"] = (21.594, 105.848), ["lang-son"] = (21.853, 106.761),
        ["quang-ninh"] = (20.959, 107.043), ["bac-ninh"] = (21.273, 106.195), ["phu-tho"] = (21.322, 105.402),
        ["hai-phong"] = (20.845, 106.688), ["hung-yen"] = (20.646, 106.051), ["ninh-binh"] = (20.251, 105.975),
        ["thanh-hoa"] = (19.807, 105.776), ["nghe-an"] = (18.679, 105.682), ["ha-tinh"] = (18.343, 105.906),
        ["quang-tri"] = (17.468, 106.622), ["hue"] = (16.463, 107.590), ["da-nang"] = (16.054, 108.202),
        ["quang-ngai"] = (15.121, 108.806), ["gia-lai"] = (13.782, 109.219), ["khanh-hoa"] = (12.238, 109.197),
        ["dak-lak"] = (12.667, 108.038), ["lam-dong"] = (11.940, 108.458), ["dong-nai"] = (10.957, 106.843),
        ["ho-chi-minh"] = (10.776, 106.700), ["tay-ninh"] = (10.536, 106.413), ["dong-thap"] = (10.360, 106.360),
        ["vinh-long"] = (10.253, 105.972), ["an-giang"] = (10.012, 105.081), ["can-tho"] = (10.045, 105.747),
        ["ca-mau"] = (9.177, 105.150),
    };

    /// <summary>Kilometres between the two provinces' centres, or null when either is unknown.</summary>
    public static double? Kilometres(string from, string to)
    {
        if (!Centres.TryGetValue(from, out var a) || !Centres.TryGetValue(to, out var b))
        {
            return null;
        }

        const double EarthRadiusKm = 6371;
        var dLat = Radians(b.Lat - a.Lat);
        var dLon = Radians(b.Lon - a.Lon);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(a.Lat)) * Math.Cos(Radians(b.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(h));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
