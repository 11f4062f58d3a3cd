package vn.chidao.app.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import vn.chidao.kernel.Numbers;

/**
 * A number box that reads what it is given exactly, as Vietnamese users write numbers ("99,8", "1.520"), and refuses
 * anything else with the field named ("15 đến 20" is not a number: it is never read as 1520). Shown back the same way.
 */
@FacesConverter("chidao.number")
public class NumberConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Numbers.parse(value).orElseThrow(() -> new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Feedback.text("number.invalid", label(component), value.strip()), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null ? component.getId() : label.toString();
    }
}
