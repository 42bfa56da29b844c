using System.Globalization;
using System.Net;
using System.Text;
using Monitoring.Silo.Api;

namespace Monitoring.Silo.Dashboard;

/// <summary>Small bar charts drawn on the server as inline SVG: no script, no chart library.</summary>
public static class SvgChart
{
    private const int Width = 480;
    private const int Height = 120;
    private const int Top = 8;

    /// <summary>One bar per bucket, scaled to the largest; each bar carries a title with its time and count.</summary>
    public static string Bars(CountSeries series, string label, string timeFormat)
    {
        ArgumentNullException.ThrowIfNull(series);
        var max = Math.Max(1, series.Counts.DefaultIfEmpty(0).Max());
        var n = Math.Max(1, series.Counts.Count);
        var slot = (double)Width / n;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" viewBox=\"0 0 {Width} {Height + 16}\" width=\"{Width}\" height=\"{Height + 16}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{Height}\" x2=\"{Width}\" y2=\"{Height}\" class=\"axis\"/>");
        for (var i = 0; i < series.Counts.Count; i++)
        {
            var h = (Height - Top) * series.Counts[i] / (double)max;
            var when = series.Starts[i].UtcDateTime.ToString(timeFormat, CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{(i * slot) + 1:0.#}\" y=\"{Height - h:0.#}\" width=\"{Math.Max(1, slot - 2):0.#}\" height=\"{h:0.#}\"><title>{when}: {series.Counts[i]}</title></rect>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Height + 13}\">{(series.Starts.Count > 0 ? series.Starts[0] : default).UtcDateTime.ToString(timeFormat, CultureInfo.InvariantCulture)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width}\" y=\"{Height + 13}\" text-anchor=\"end\">max {max}</text>");
        return svg.Append("</svg>").ToString();
    }
}
