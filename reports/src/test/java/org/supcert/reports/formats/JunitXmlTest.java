package org.supcert.reports.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.supcert.reports.ReportFixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JunitXmlTest {
    static Schema xsd() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(JunitXmlTest.class.getResource("junit.xsd"));
    }

    @Test
    void validatesAgainstTheJunitSchemaWithOneTestcasePerSupport() throws Exception {
        String xml = JunitXml.write(ReportFixtures.sample());
        xsd().newValidator().validate(new StreamSource(new StringReader(xml)));
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList cases = d.getElementsByTagName("testcase");
        assertEquals(6, cases.getLength(), xml);
        Element lu2 = (Element) cases.item(0);
        assertEquals("lu2", lu2.getAttribute("name"));
        assertEquals(1, lu2.getElementsByTagName("failure").getLength(), xml);
        assertTrue(lu2.getElementsByTagName("system-out").item(0).getTextContent().contains("witness B = [0 1; 1 0]"), xml);
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength(), "closed passes: " + xml);
        Element unknown = (Element) cases.item(4);
        assertEquals("odd <&> \"name\"", unknown.getAttribute("name"));
        assertTrue(((Element) unknown.getElementsByTagName("skipped").item(0)).getAttribute("message").contains("time-out"), xml);
        Element error = (Element) cases.item(5);
        assertEquals(1, error.getElementsByTagName("error").getLength(), xml);
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertEquals("6", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"), xml);
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("skipped"));
    }

    @Test
    void theSchemaIsStrictEnoughToFail() throws SAXException {
        String bad = "<testsuites><testsuite name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase name=\"a\"/>"
                + "</testsuite></testsuites>";
        assertThrows(SAXException.class, () -> xsd().newValidator().validate(new StreamSource(new StringReader(bad))),
                "a testcase without classname and time must not validate");
    }
}
