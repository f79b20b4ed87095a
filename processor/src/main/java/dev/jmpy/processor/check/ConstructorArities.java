package dev.jmpy.processor.check;

import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.jmpy.processor.diag.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * JMPY024 and JMPY034: a Python class has one {@code __init__}, which tells a Java class's
 * constructors apart by their number of arguments, and by a keyword naming the constructor where
 * two of a class take as many (see translate/ConstructorKeys). An enum's constants cannot pass
 * that keyword, so its constructors must differ in arity; a record's other constructors must
 * differ from its canonical one; a varargs constructor stands alone.
 */
final class ConstructorArities implements Check {
  @Override
  public void run(CheckContext c) {
    List<TypeDeclaration> types = c.unit().declaration().findAll(TypeDeclaration.class);
    for (TypeDeclaration<?> type : types) {
      List<ConstructorDeclaration> all = type.getConstructors();
      Set<Integer> arities = new HashSet<>();
      for (ConstructorDeclaration constructor : all) {
        int arity = constructor.getParameters().size();
        if (!arities.add(arity) && type instanceof EnumDeclaration) {
          c.report(constructor, Message.OVERLOADED_METHOD, "the constructor");
        }
        if (type instanceof RecordDeclaration record && arity == record.getParameters().size()
            && !isCanonical(constructor, record)) {
          c.report(constructor, Message.OVERLOADED_METHOD, "the record constructor");
        }
        if (all.size() > 1 && constructor.getParameters().stream().anyMatch(Parameter::isVarArgs)) {
          c.report(constructor, Message.VARARGS_CONSTRUCTOR);
        }
      }
    }
  }

  /** Whether {@code constructor} takes the record's components, in order, by their types. */
  private static boolean isCanonical(ConstructorDeclaration constructor, RecordDeclaration record) {
    for (int i = 0; i < record.getParameters().size(); i++) {
      if (!constructor.getParameter(i).getType().equals(record.getParameter(i).getType())) {
        return false;
      }
    }
    return true;
  }
}
