namespace Monitoring.Stories.Evaluation;

/// <summary>Counts of true positives, false positives and false negatives, and the figures made of them.</summary>
public sealed class Score
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? (FalsePositives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>What <c>monitoring eval</c> reports.</summary>
public sealed record EvaluationResult(int Articles, Score Measures, Score Actors, Score Alerts, int Forbidden, double Seconds);
