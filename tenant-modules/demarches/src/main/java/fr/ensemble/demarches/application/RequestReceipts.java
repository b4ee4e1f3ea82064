package fr.ensemble.demarches.application;

import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureForm;
import fr.ensemble.demarches.domain.ProcedureFormRepository;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.form.AnswerLines;
import fr.ensemble.demarches.domain.form.FormDefinitions;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The PDF receipt of a filed request: the commune, the procedure, the tracking number, the date and the answers. */
@Service
public class RequestReceipts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final ProcedureRepository procedures;
    private final ProcedureFormRepository forms;
    private final JsonMapper json;

    RequestReceipts(ProcedureRepository procedures, ProcedureFormRepository forms, JsonMapper json) {
        this.procedures = procedures;
        this.forms = forms;
        this.json = json;
    }

    /**
     * The receipt of a request the caller already holds (just filed, or found as theirs).
     *
     * @param communeName the name of the tenant the request was filed with
     */
    @Transactional(readOnly = true)
    public byte[] pdf(Request request, String communeName) {
        Procedure procedure = procedures.findById(request.getProcedureId()).orElseThrow();
        var form = FormDefinitions.fromJson(forms.findById(
                new ProcedureForm.Key(request.getProcedureId(), request.getFormNumber())).orElseThrow().getDefinition());
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Accusé de réception " + request.getTrackingNumber());
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        document.add(new Paragraph(communeName + " — accusé de réception", title));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Démarche : " + procedure.getTitle(), normal));
        document.add(new Paragraph("Numéro de suivi : " + request.getTrackingNumber(), bold));
        document.add(new Paragraph("Reçue le " + DATE.format(request.getSubmittedAt()), normal));
        if (procedure.getExpectedDelay() != null) {
            document.add(new Paragraph("Délai indicatif : " + procedure.getExpectedDelay(), normal));
        }
        document.add(new Paragraph(" "));
        var answers = new PdfPTable(new float[] {2, 3});
        answers.setWidthPercentage(100);
        for (var line : AnswerLines.of(form, json.readValue(request.getAnswers(), ANSWERS))) {
            answers.addCell(new PdfPCell(new Phrase(line.label(), bold)));
            answers.addCell(new PdfPCell(new Phrase(line.text(), normal)));
        }
        document.add(answers);
        document.add(new Paragraph(" "));
        var footer = new Paragraph("Conservez ce numéro : il identifie votre demande auprès de la mairie. "
                + "Ensemble, le portail des communes d'Est Ensemble.", FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9));
        footer.setAlignment(Element.ALIGN_LEFT);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }
}
